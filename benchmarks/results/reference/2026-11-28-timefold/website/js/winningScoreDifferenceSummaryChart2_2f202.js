
var chart_winningScoreDifferenceSummaryChart2_2f202 = new Chart(document.getElementById('chart_winningScoreDifferenceSummaryChart2_2f202'), {
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
                    129417100, -615728600
                  ]
                }, 
{
                  label: 'late-acceptance-50',
                  grouped: true,
                    borderWidth: 1
                  ,
                  data: [
                    102831900, -80894000
                  ]
                }, 
{
                  label: 'late-acceptance-400',
                  grouped: true,
                    borderWidth: 1
                  ,
                  data: [
                    99648400, -541390500
                  ]
                }, 
{
                  label: 'tabu (favorite)',
                  grouped: true,
                    borderWidth: 4
,
                  data: [
                    73755500, 0
                  ]
                }, 
{
                  label: 'great-deluge',
                  grouped: true,
                    borderWidth: 1
                  ,
                  data: [
                    0, -608692500
                  ]
                }, 
{
                  label: 'simulated-annealing',
                  grouped: true,
                    borderWidth: 1
                  ,
                  data: [
                    102700500, 156350600
                  ]
                }, 
{
                  label: 'no-trip-room-move',
                  grouped: true,
                    borderWidth: 1
                  ,
                  data: [
                    96911900, -30555200
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
                text: 'Winning soft score difference summary (higher is better)'
            }
        },
        scales: {
            x: {
                display: true
            },
            y: {
                title: {
                    display: true,
                    text: 'Winning soft score difference'
                },
                ticks: {
                        stepSize: 10000000
                        
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
  chart_winningScoreDifferenceSummaryChart2_2f202.resize(1280, 720);
});
window.addEventListener('afterprint', () => {
  chart_winningScoreDifferenceSummaryChart2_2f202.resize();
});