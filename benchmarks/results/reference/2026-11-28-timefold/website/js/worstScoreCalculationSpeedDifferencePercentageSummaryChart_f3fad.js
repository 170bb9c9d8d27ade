
var chart_worstScoreCalculationSpeedDifferencePercentageSummaryChart_f3fad = new Chart(document.getElementById('chart_worstScoreCalculationSpeedDifferencePercentageSummaryChart_f3fad'), {
    type: 'bar',
    data: {
        labels: [
            'Problem_0', 'Problem_1'
        ],
        datasets: [
            {
                  label: 'default',
                  grouped: true,
                    borderWidth: 1
                  ,
                  data: [
                    67.64782791591347, 168.88176866388977
                  ]
                }, 
{
                  label: 'late-acceptance-50',
                  grouped: true,
                    borderWidth: 1
                  ,
                  data: [
                    0.7128483236126744, 5.500373811812453
                  ]
                }, 
{
                  label: 'late-acceptance-400',
                  grouped: true,
                    borderWidth: 1
                  ,
                  data: [
                    0.7731050399627091, 14.92470362063441
                  ]
                }, 
{
                  label: 'tabu (favorite)',
                  grouped: true,
                    borderWidth: 4
,
                  data: [
                    5.719840376547631, 0.8651073373918615
                  ]
                }, 
{
                  label: 'great-deluge',
                  grouped: true,
                    borderWidth: 1
                  ,
                  data: [
                    0, 1.2495994873438
                  ]
                }, 
{
                  label: 'simulated-annealing',
                  grouped: true,
                    borderWidth: 1
                  ,
                  data: [
                    2.555794308582603, 0
                  ]
                }, 
{
                  label: 'no-trip-room-move',
                  grouped: true,
                    borderWidth: 1
                  ,
                  data: [
                    4.274816103323214, 6.839688134145039
                  ]
                }
        ]
    },
    options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        resizeDelay: 100,
        spanGaps: true,
        plugins: {
            title: {
                display: true,
                text: 'Worst score calculation speed difference percentage summary (higher is better)'
            }
        },
        scales: {
            x: {
                display: true
            },
            y: {
                title: {
                    display: true,
                    text: 'Worst score calculation speed difference percentage'
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
  chart_worstScoreCalculationSpeedDifferencePercentageSummaryChart_f3fad.resize(1280, 720);
});
window.addEventListener('afterprint', () => {
  chart_worstScoreCalculationSpeedDifferencePercentageSummaryChart_f3fad.resize();
});