
var chart_winningScoreDifferenceSummaryChart1_41455 = new Chart(document.getElementById('chart_winningScoreDifferenceSummaryChart1_41455'), {
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
                    -100, -300
                  ]
                }, 
{
                  label: 'late-acceptance-50',
                  grouped: true,
                    borderWidth: 1
                  ,
                  data: [
                    -100, -300
                  ]
                }, 
{
                  label: 'late-acceptance-400',
                  grouped: true,
                    borderWidth: 1
                  ,
                  data: [
                    -100, -300
                  ]
                }, 
{
                  label: 'tabu (favorite)',
                  grouped: true,
                    borderWidth: 4
,
                  data: [
                    -100, 0
                  ]
                }, 
{
                  label: 'great-deluge',
                  grouped: true,
                    borderWidth: 1
                  ,
                  data: [
                    0, -300
                  ]
                }, 
{
                  label: 'simulated-annealing',
                  grouped: true,
                    borderWidth: 1
                  ,
                  data: [
                    -100, -300
                  ]
                }, 
{
                  label: 'no-trip-room-move',
                  grouped: true,
                    borderWidth: 1
                  ,
                  data: [
                    -100, -200
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
                text: 'Winning medium score difference summary (higher is better)'
            }
        },
        scales: {
            x: {
                display: true
            },
            y: {
                title: {
                    display: true,
                    text: 'Winning medium score difference'
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
  chart_winningScoreDifferenceSummaryChart1_41455.resize(1280, 720);
});
window.addEventListener('afterprint', () => {
  chart_winningScoreDifferenceSummaryChart1_41455.resize();
});