
var chart_worstScoreDifferencePercentageSummaryChart2_a529e = new Chart(document.getElementById('chart_worstScoreDifferencePercentageSummaryChart2_a529e'), {
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
                    2.713518280499817, 0
                  ]
                }, 
{
                  label: 'late-acceptance-50',
                  grouped: true,
                    borderWidth: 1
                  ,
                  data: [
                    1.417482482198228, 3.454476555032329
                  ]
                }, 
{
                  label: 'late-acceptance-400',
                  grouped: true,
                    borderWidth: 1
                  ,
                  data: [
                    1.2622859832479432, 0.48014699048200843
                  ]
                }, 
{
                  label: 'tabu (favorite)',
                  grouped: true,
                    borderWidth: 4
,
                  data: [
                    0, 3.976967856909181
                  ]
                }, 
{
                  label: 'great-deluge',
                  grouped: true,
                    borderWidth: 1
                  ,
                  data: [
                    -3.595600872727415, 0.04544590512443094
                  ]
                }, 
{
                  label: 'simulated-annealing',
                  grouped: true,
                    borderWidth: 1
                  ,
                  data: [
                    1.411076696125645, 4.986830498677754
                  ]
                }, 
{
                  label: 'no-trip-room-move',
                  grouped: true,
                    borderWidth: 1
                  ,
                  data: [
                    1.1288808570103261, 3.7796129699323027
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
  chart_worstScoreDifferencePercentageSummaryChart2_a529e.resize(1280, 720);
});
window.addEventListener('afterprint', () => {
  chart_worstScoreDifferencePercentageSummaryChart2_a529e.resize();
});