
var chart_memoryUseProblemStatisticChart_a0662 = new Chart(document.getElementById('chart_memoryUseProblemStatisticChart_a0662'), {
    type: 'line',
    data: {
        datasets: [
            {
                  label: 'default',
                    borderWidth: 1
                  ,
                  data: [
                    {x: 1004, y: 2}, {x: 2000, y: 3}, {x: 15000, y: 3}
                  ]
                }, 
{
                  label: 'late-acceptance-400',
                    borderWidth: 1
                  ,
                  data: [
                    {x: 1002, y: 3}, {x: 15000, y: 3}
                  ]
                }, 
{
                  label: 'tabu (favorite)',
                    borderWidth: 4
,
                  data: [
                    {x: 1010, y: 9}, {x: 15000, y: 9}
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
                    {x: 1001, y: 25}, {x: 15000, y: 25}
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
                text: 'Problem_0 memory use statistic'
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
                    text: 'Memory (MiB) (logarithmic)'
                },
                ticks: {
                },
                type: 'logarithmic',
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
  chart_memoryUseProblemStatisticChart_a0662.resize(1280, 720);
});
window.addEventListener('afterprint', () => {
  chart_memoryUseProblemStatisticChart_a0662.resize();
});
