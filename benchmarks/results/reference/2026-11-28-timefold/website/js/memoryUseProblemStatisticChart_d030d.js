
var chart_memoryUseProblemStatisticChart_d030d = new Chart(document.getElementById('chart_memoryUseProblemStatisticChart_d030d'), {
    type: 'line',
    data: {
        datasets: [
            {
                  label: 'default',
                    borderWidth: 1
                  ,
                  data: [
                    {x: 1013, y: 1}, {x: 30010, y: 1}
                  ]
                }, 
{
                  label: 'late-acceptance-50',
                    borderWidth: 1
                  ,
                  data: [
                    {x: 1000, y: 1}, {x: 3000, y: 1}, {x: 4000, y: 0}, {x: 30000, y: 0}
                  ]
                }, 
{
                  label: 'late-acceptance-400',
                    borderWidth: 1
                  ,
                  data: [
                    {x: 1000, y: 13}, {x: 3000, y: 13}, {x: 4000, y: 14}, {x: 30000, y: 14}
                  ]
                }, 
{
                  label: 'tabu (favorite)',
                    borderWidth: 4
,
                  data: [
                    {x: 1002, y: 1}, {x: 30000, y: 1}
                  ]
                }, 
{
                  label: 'great-deluge',
                    borderWidth: 1
                  ,
                  data: [
                    {x: 1000, y: 1}, {x: 30000, y: 1}
                  ]
                }, 
{
                  label: 'simulated-annealing',
                    borderWidth: 1
                  ,
                  data: [
                    {x: 1000, y: 4}, {x: 30000, y: 4}
                  ]
                }, 
{
                  label: 'no-trip-room-move',
                    borderWidth: 1
                  ,
                  data: [
                    {x: 1000, y: 110}, {x: 2000, y: 126}, {x: 3000, y: 164}, {x: 4000, y: 26}, {x: 5000, y: 62}, {x: 6000, y: 100}, {x: 7000, y: 130}, {x: 8000, y: 162}, {x: 9000, y: 0}, {x: 10000, y: 28}, {x: 11000, y: 48}, {x: 12000, y: 68}, {x: 13000, y: 78}, {x: 14000, y: 48}, {x: 15000, y: 116}, {x: 16000, y: 192}, {x: 17000, y: 64}, {x: 18000, y: 144}, {x: 19000, y: 20}, {x: 20000, y: 108}, {x: 21000, y: 190}, {x: 22000, y: 84}, {x: 23000, y: 178}, {x: 24000, y: 56}, {x: 25000, y: 126}, {x: 26000, y: 180}, {x: 27000, y: 16}, {x: 28000, y: 92}, {x: 29000, y: 154}, {x: 30000, y: 30}
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
                suggestedMax: 30010,
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
  chart_memoryUseProblemStatisticChart_d030d.resize(1280, 720);
});
window.addEventListener('afterprint', () => {
  chart_memoryUseProblemStatisticChart_d030d.resize();
});
