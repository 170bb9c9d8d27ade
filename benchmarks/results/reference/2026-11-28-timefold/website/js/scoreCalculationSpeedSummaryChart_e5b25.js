
var chart_scoreCalculationSpeedSummaryChart_e5b25 = new Chart(document.getElementById('chart_scoreCalculationSpeedSummaryChart_e5b25'), {
    type: 'line',
    data: {
        datasets: [
            {
                  label: 'default',
                    borderWidth: 1
                  ,
                  data: [
                    {x: 931482790, y: 43065}, {x: 8346151322, y: 21577}
                  ]
                }, 
{
                  label: 'late-acceptance-400',
                    borderWidth: 1
                  ,
                  data: [
                    {x: 931482790, y: 44082}, {x: 8346151322, y: 26035}
                  ]
                }, 
{
                  label: 'tabu (favorite)',
                    borderWidth: 4
,
                  data: [
                    {x: 931482790, y: 46055}, {x: 8346151322, y: 23366}
                  ]
                }, 
{
                  label: 'great-deluge',
                    borderWidth: 1
                  ,
                  data: [
                    {x: 931482790, y: 46413}, {x: 8346151322, y: 16767}
                  ]
                }, 
{
                  label: 'simulated-annealing',
                    borderWidth: 1
                  ,
                  data: [
                    {x: 931482790, y: 44616}, {x: 8346151322, y: 16117}
                  ]
                }, 
{
                  label: 'no-trip-room-move',
                    borderWidth: 1
                  ,
                  data: [
                    {x: 931482790, y: 39385}, {x: 8346151322, y: 21762}
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
                text: 'Score calculation speed summary (higher is better)'
            },
            tooltip: {
                callbacks: {
                }
            }
        },
        scales: {
            x: {
                title: {
                    display: true,
                    text: 'Problem scale'
                },
                ticks: {
                        stepSize: 100000000
                        
                },
                suggestedMin: 0,
                suggestedMax: 8346151322,
                type: 'linear',
                display: true
            },
            y: {
                title: {
                    display: true,
                    text: 'Score calculation speed per second'
                },
                ticks: {
                        stepSize: 1000
                        
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
  chart_scoreCalculationSpeedSummaryChart_e5b25.resize(1280, 720);
});
window.addEventListener('afterprint', () => {
  chart_scoreCalculationSpeedSummaryChart_e5b25.resize();
});
