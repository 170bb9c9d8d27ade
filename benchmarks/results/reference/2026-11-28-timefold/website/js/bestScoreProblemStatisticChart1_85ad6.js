
var chart_bestScoreProblemStatisticChart1_85ad6 = new Chart(document.getElementById('chart_bestScoreProblemStatisticChart1_85ad6'), {
    type: 'line',
    data: {
        datasets: [
            {
                  label: 'default',
                        stepped: true,
                        pointRadius: 0,
                    borderWidth: 1
                  ,
                  data: [
                    {x: 87, y: -113}, {x: 30106, y: -113}
                  ]
                }, 
{
                  label: 'late-acceptance-50',
                        stepped: true,
                        pointRadius: 0,
                    borderWidth: 1
                  ,
                  data: [
                    {x: 109, y: -113}, {x: 30029, y: -113}
                  ]
                }, 
{
                  label: 'late-acceptance-400',
                        stepped: true,
                        pointRadius: 0,
                    borderWidth: 1
                  ,
                  data: [
                    {x: 86, y: -113}, {x: 30029, y: -113}
                  ]
                }, 
{
                  label: 'tabu (favorite)',
                        stepped: true,
                        pointRadius: 0,
                    borderWidth: 4
,
                  data: [
                    {x: 116, y: -113}, {x: 634, y: -113}, {x: 644, y: -112}, {x: 2265, y: -112}, {x: 2276, y: -111}, {x: 3531, y: -111}, {x: 3542, y: -110}, {x: 30027, y: -110}
                  ]
                }, 
{
                  label: 'great-deluge',
                        stepped: true,
                        pointRadius: 0,
                    borderWidth: 1
                  ,
                  data: [
                    {x: 81, y: -113}, {x: 30033, y: -113}
                  ]
                }, 
{
                  label: 'simulated-annealing',
                        stepped: true,
                        pointRadius: 0,
                    borderWidth: 1
                  ,
                  data: [
                    {x: 109, y: -113}, {x: 30028, y: -113}
                  ]
                }, 
{
                  label: 'no-trip-room-move',
                        stepped: true,
                        pointRadius: 0,
                    borderWidth: 1
                  ,
                  data: [
                    {x: 84, y: -113}, {x: 21009, y: -113}, {x: 21038, y: -112}, {x: 30039, y: -112}
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
                text: 'Problem_1 best medium score statistic'
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
                suggestedMax: 30106,
                type: 'linear',
                display: true
            },
            y: {
                title: {
                    display: true,
                    text: 'Best medium score'
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
  chart_bestScoreProblemStatisticChart1_85ad6.resize(1280, 720);
});
window.addEventListener('afterprint', () => {
  chart_bestScoreProblemStatisticChart1_85ad6.resize();
});
