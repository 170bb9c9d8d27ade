
var chart_worstScoreDifferencePercentageSummaryChart2_487a7 = new Chart(document.getElementById('chart_worstScoreDifferencePercentageSummaryChart2_487a7'), {
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
                    2.342643905430293, 1.3606070591970543
                  ]
                }, 
{
                  label: 'late-acceptance-400',
                  grouped: true,
                    borderWidth: 1
                  ,
                  data: [
                    0, 0.18322492070774293
                  ]
                }, 
{
                  label: 'tabu (favorite)',
                  grouped: true,
                    borderWidth: 4
,
                  data: [
                    1.098273694447354, 3.310055914128554
                  ]
                }, 
{
                  label: 'great-deluge',
                  grouped: true,
                    borderWidth: 1
                  ,
                  data: [
                    -2.427877316908312, 0
                  ]
                }, 
{
                  label: 'simulated-annealing',
                  grouped: true,
                    borderWidth: 1
                  ,
                  data: [
                    1.9761590343728808, 4.124329904253199
                  ]
                }, 
{
                  label: 'no-trip-room-move',
                  grouped: true,
                    borderWidth: 1
                  ,
                  data: [
                    2.1904933729010194, 1.738096892888145
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
                text: 'Worst soft score difference percentage summary (higher is better)'
            }
        },
        scales: {
            x: {
                display: true
            },
            y: {
                title: {
                    display: true,
                    text: 'Worst soft score difference percentage'
                },
                ticks: {
                        stepSize: 0.1
                        
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
  chart_worstScoreDifferencePercentageSummaryChart2_487a7.resize(1280, 720);
});
window.addEventListener('afterprint', () => {
  chart_worstScoreDifferencePercentageSummaryChart2_487a7.resize();
});