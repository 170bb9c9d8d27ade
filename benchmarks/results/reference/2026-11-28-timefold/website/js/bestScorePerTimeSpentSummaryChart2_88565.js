
var chart_bestScorePerTimeSpentSummaryChart2_88565 = new Chart(document.getElementById('chart_bestScorePerTimeSpentSummaryChart2_88565'), {
    type: 'line',
    data: {
        datasets: [
            {
                  label: 'default',
                    borderWidth: 1
                  ,
                  data: [
                    {x: 15012, y: -20260541}, {x: 15029, y: -153462989}
                  ]
                }, 
{
                  label: 'late-acceptance-400',
                    borderWidth: 1
                  ,
                  data: [
                    {x: 15005, y: -20746559}, {x: 15027, y: -155294758}
                  ]
                }, 
{
                  label: 'tabu (favorite)',
                    borderWidth: 4
,
                  data: [
                    {x: 15006, y: -20518705}, {x: 15029, y: -150430040}
                  ]
                }, 
{
                  label: 'great-deluge',
                    borderWidth: 1
                  ,
                  data: [
                    {x: 15009, y: -21250260}, {x: 15029, y: -155579819}
                  ]
                }, 
{
                  label: 'simulated-annealing',
                    borderWidth: 1
                  ,
                  data: [
                    {x: 15011, y: -20336574}, {x: 15044, y: -149163194}
                  ]
                }, 
{
                  label: 'no-trip-room-move',
                    borderWidth: 1
                  ,
                  data: [
                    {x: 15010, y: -20292107}, {x: 15044, y: -152875691}
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
                text: 'Best soft score per time spent summary (higher left is better)'
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
                suggestedMax: 15044,
                type: 'linear',
                display: true
            },
            y: {
                title: {
                    display: true,
                    text: 'Best soft score'
                },
                ticks: {
                        stepSize: 1000000
                        
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
  chart_bestScorePerTimeSpentSummaryChart2_88565.resize(1280, 720);
});
window.addEventListener('afterprint', () => {
  chart_bestScorePerTimeSpentSummaryChart2_88565.resize();
});
