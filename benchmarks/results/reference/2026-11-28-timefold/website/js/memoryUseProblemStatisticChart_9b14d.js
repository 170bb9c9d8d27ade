
var chart_memoryUseProblemStatisticChart_9b14d = new Chart(document.getElementById('chart_memoryUseProblemStatisticChart_9b14d'), {
    type: 'line',
    data: {
        datasets: [
            {
                  label: 'default',
                    borderWidth: 1
                  ,
                  data: [
                    {x: 1007, y: 25}, {x: 15000, y: 25}
                  ]
                }, 
{
                  label: 'late-acceptance-400',
                    borderWidth: 1
                  ,
                  data: [
                    {x: 1000, y: 25}, {x: 15000, y: 25}
                  ]
                }, 
{
                  label: 'tabu (favorite)',
                    borderWidth: 4
,
                  data: [
                    {x: 1012, y: 16}, {x: 2007, y: 82}, {x: 3053, y: 38}, {x: 4015, y: 92}, {x: 5005, y: 62}, {x: 6011, y: 136}, {x: 7001, y: 32}, {x: 8012, y: 170}, {x: 9019, y: 182}, {x: 10014, y: 272}, {x: 11016, y: 90}, {x: 12012, y: 196}, {x: 13005, y: 118}, {x: 14004, y: 140}, {x: 15000, y: 194}
                  ]
                }, 
{
                  label: 'great-deluge',
                    borderWidth: 1
                  ,
                  data: [
                    {x: 1000, y: 25}, {x: 15000, y: 25}
                  ]
                }, 
{
                  label: 'simulated-annealing',
                    borderWidth: 1
                  ,
                  data: [
                    {x: 1002, y: 60}, {x: 2001, y: 40}, {x: 3000, y: 40}, {x: 4001, y: 170}, {x: 5002, y: 302}, {x: 6000, y: 234}, {x: 7002, y: 226}, {x: 8002, y: 214}, {x: 9000, y: 196}, {x: 10000, y: 172}, {x: 11002, y: 118}, {x: 12000, y: 38}, {x: 13001, y: 300}, {x: 14000, y: 236}, {x: 15000, y: 164}
                  ]
                }, 
{
                  label: 'no-trip-room-move',
                    borderWidth: 1
                  ,
                  data: [
                    {x: 1000, y: 1}, {x: 15000, y: 1}
                  ]
                }
        ]
    },
    options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        spanGaps: true,
        plugins: {
            title: {
                display: true,
                text: 'Problem_1 memory use statistic'
            },
            tooltip: {
                callbacks: {
                        title: function(context) {
                            return humanizeTime(context[0].parsed.x);
                        }
                        
                }
            }
        },
        scales: {
            x: {
                title: {
                    display: true,
                    text: 'Time spent'
                },
                ticks: {
                        stepSize: 100
                        ,
                        callback: function(value, index) {
                            return humanizeTime(value);
                        }
                },
                suggestedMin: 0,
                suggestedMax: 15000,
                type: 'linear',
                display: true
            },
            y: {
                title: {
                    display: true,
                    text: 'Memory (MiB)'
                },
                ticks: {
                        stepSize: 1
                        
                },
                type: 'linear',
                display: true
            }
        },
watermark: {
    image: "website/img/timefold-logo-stacked-positive.svg",
    x: 15,
    y: 15,
    width: 48,
    height: 50,
    opacity: 0.1,
    alignX: "right",
    alignY: "bottom",
    alignToChartArea: true,
    position: "front",
}    },
plugins: [{ 
    id: 'customPlugin',
    beforeDraw: (chart, args, options) => {
          const ctx = chart.canvas.getContext('2d');
          ctx.save();
          ctx.globalCompositeOperation = 'destination-over';
          ctx.fillStyle = 'white';
          ctx.fillRect(0, 0, chart.canvas.width, chart.canvas.height);
          ctx.restore();
    }
}]
});

window.addEventListener('beforeprint', () => {
  chart_memoryUseProblemStatisticChart_9b14d.resize(1280, 720);
});
window.addEventListener('afterprint', () => {
  chart_memoryUseProblemStatisticChart_9b14d.resize();
});
