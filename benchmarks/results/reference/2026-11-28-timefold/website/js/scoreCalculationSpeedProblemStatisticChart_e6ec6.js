
var chart_scoreCalculationSpeedProblemStatisticChart_e6ec6 = new Chart(document.getElementById('chart_scoreCalculationSpeedProblemStatisticChart_e6ec6'), {
    type: 'line',
    data: {
        datasets: [
            {
                  label: 'default',
                    borderWidth: 1
                  ,
                  data: [
                    {x: 1004, y: 5731}, {x: 2000, y: 9245}, {x: 3000, y: 38864}, {x: 4000, y: 44043}, {x: 5000, y: 38905}, {x: 6002, y: 49358}, {x: 7000, y: 43354}, {x: 8000, y: 55632}, {x: 9000, y: 53994}, {x: 10000, y: 52505}, {x: 11000, y: 37222}, {x: 12000, y: 53292}, {x: 13000, y: 55429}, {x: 14000, y: 54700}, {x: 15000, y: 54219}
                  ]
                }, 
{
                  label: 'late-acceptance-400',
                    borderWidth: 1
                  ,
                  data: [
                    {x: 1002, y: 16614}, {x: 2004, y: 34381}, {x: 3000, y: 34796}, {x: 4000, y: 49843}, {x: 5000, y: 32582}, {x: 6000, y: 47596}, {x: 7000, y: 51513}, {x: 8000, y: 51858}, {x: 9000, y: 50698}, {x: 10000, y: 46049}, {x: 11000, y: 46553}, {x: 12000, y: 49419}, {x: 13000, y: 41263}, {x: 14000, y: 54957}, {x: 15000, y: 53374}
                  ]
                }, 
{
                  label: 'tabu (favorite)',
                    borderWidth: 4
,
                  data: [
                    {x: 1010, y: 18997}, {x: 2008, y: 39016}, {x: 3006, y: 46331}, {x: 4007, y: 54504}, {x: 5015, y: 35501}, {x: 6006, y: 54370}, {x: 7005, y: 49871}, {x: 8002, y: 51457}, {x: 9008, y: 50468}, {x: 10004, y: 50365}, {x: 11016, y: 49685}, {x: 12005, y: 45613}, {x: 13004, y: 47773}, {x: 14004, y: 48213}, {x: 15000, y: 49316}
                  ]
                }, 
{
                  label: 'great-deluge',
                    borderWidth: 1
                  ,
                  data: [
                    {x: 1000, y: 40252}, {x: 2000, y: 35694}, {x: 3000, y: 34022}, {x: 4000, y: 50666}, {x: 5000, y: 46724}, {x: 6000, y: 41226}, {x: 7000, y: 53797}, {x: 8000, y: 48709}, {x: 9000, y: 50758}, {x: 10000, y: 55399}, {x: 11000, y: 52491}, {x: 12000, y: 51769}, {x: 13000, y: 46095}, {x: 14000, y: 45748}, {x: 15000, y: 43271}
                  ]
                }, 
{
                  label: 'simulated-annealing',
                    borderWidth: 1
                  ,
                  data: [
                    {x: 1001, y: 15708}, {x: 2000, y: 32447}, {x: 3000, y: 26315}, {x: 4001, y: 54336}, {x: 5000, y: 56335}, {x: 6000, y: 56044}, {x: 7000, y: 57120}, {x: 8000, y: 53743}, {x: 9000, y: 37502}, {x: 10000, y: 55387}, {x: 11000, y: 55089}, {x: 12000, y: 55468}, {x: 13000, y: 39412}, {x: 14000, y: 37380}, {x: 15000, y: 37464}
                  ]
                }, 
{
                  label: 'no-trip-room-move',
                    borderWidth: 1
                  ,
                  data: [
                    {x: 1000, y: 16106}, {x: 2000, y: 35725}, {x: 3000, y: 38939}, {x: 4000, y: 32958}, {x: 5002, y: 41414}, {x: 6000, y: 28054}, {x: 7000, y: 52478}, {x: 8000, y: 51972}, {x: 9000, y: 46597}, {x: 10000, y: 46874}, {x: 11000, y: 40721}, {x: 12001, y: 38963}, {x: 13000, y: 39239}, {x: 14000, y: 39885}, {x: 15000, y: 41229}
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
                text: 'Problem_0 score calculation speed statistic'
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
  chart_scoreCalculationSpeedProblemStatisticChart_e6ec6.resize(1280, 720);
});
window.addEventListener('afterprint', () => {
  chart_scoreCalculationSpeedProblemStatisticChart_e6ec6.resize();
});
