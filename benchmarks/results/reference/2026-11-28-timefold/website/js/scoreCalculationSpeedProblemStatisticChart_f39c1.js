
var chart_scoreCalculationSpeedProblemStatisticChart_f39c1 = new Chart(document.getElementById('chart_scoreCalculationSpeedProblemStatisticChart_f39c1'), {
    type: 'line',
    data: {
        datasets: [
            {
                  label: 'default',
                    borderWidth: 1
                  ,
                  data: [
                    {x: 1007, y: 8218}, {x: 2000, y: 14178}, {x: 3000, y: 19713}, {x: 4000, y: 20605}, {x: 5000, y: 20673}, {x: 6000, y: 20891}, {x: 7000, y: 17877}, {x: 8000, y: 24472}, {x: 9000, y: 24941}, {x: 10002, y: 21706}, {x: 11001, y: 18397}, {x: 12000, y: 26170}, {x: 13000, y: 29360}, {x: 14000, y: 28997}, {x: 15000, y: 28134}
                  ]
                }, 
{
                  label: 'late-acceptance-400',
                    borderWidth: 1
                  ,
                  data: [
                    {x: 1000, y: 27037}, {x: 2002, y: 24871}, {x: 3000, y: 29380}, {x: 4000, y: 25921}, {x: 5008, y: 19474}, {x: 6000, y: 32172}, {x: 7000, y: 29897}, {x: 8000, y: 23186}, {x: 9008, y: 12930}, {x: 10000, y: 12922}, {x: 11000, y: 23309}, {x: 12000, y: 29290}, {x: 13000, y: 31500}, {x: 14000, y: 35713}, {x: 15000, y: 33744}
                  ]
                }, 
{
                  label: 'tabu (favorite)',
                    borderWidth: 4
,
                  data: [
                    {x: 1012, y: 15075}, {x: 2007, y: 17877}, {x: 3053, y: 24086}, {x: 4015, y: 19064}, {x: 5005, y: 26489}, {x: 6011, y: 19696}, {x: 7001, y: 26903}, {x: 8012, y: 26753}, {x: 9019, y: 18072}, {x: 10014, y: 27617}, {x: 11016, y: 28593}, {x: 12012, y: 29185}, {x: 13005, y: 15231}, {x: 14004, y: 27032}, {x: 15000, y: 29467}
                  ]
                }, 
{
                  label: 'great-deluge',
                    borderWidth: 1
                  ,
                  data: [
                    {x: 1000, y: 13428}, {x: 2000, y: 15965}, {x: 3000, y: 25128}, {x: 4001, y: 10683}, {x: 5002, y: 8835}, {x: 6000, y: 15514}, {x: 7003, y: 16072}, {x: 8000, y: 17649}, {x: 9002, y: 19302}, {x: 10001, y: 11426}, {x: 11002, y: 16133}, {x: 12000, y: 15702}, {x: 13000, y: 23661}, {x: 14000, y: 26144}, {x: 15000, y: 16356}
                  ]
                }, 
{
                  label: 'simulated-annealing',
                    borderWidth: 1
                  ,
                  data: [
                    {x: 1002, y: 4846}, {x: 2001, y: 10807}, {x: 3000, y: 14166}, {x: 4001, y: 8100}, {x: 5002, y: 8240}, {x: 6000, y: 17077}, {x: 7002, y: 21285}, {x: 8002, y: 21680}, {x: 9000, y: 21456}, {x: 10000, y: 21371}, {x: 11002, y: 19633}, {x: 12000, y: 17534}, {x: 13001, y: 18579}, {x: 14000, y: 19253}, {x: 15000, y: 18464}
                  ]
                }, 
{
                  label: 'no-trip-room-move',
                    borderWidth: 1
                  ,
                  data: [
                    {x: 1000, y: 10424}, {x: 2000, y: 23554}, {x: 3000, y: 9429}, {x: 4000, y: 18468}, {x: 5011, y: 26428}, {x: 6000, y: 28420}, {x: 7000, y: 15863}, {x: 8000, y: 21312}, {x: 9000, y: 26652}, {x: 10000, y: 26235}, {x: 11000, y: 26687}, {x: 12000, y: 26638}, {x: 13000, y: 26189}, {x: 14000, y: 23730}, {x: 15000, y: 17388}
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
                text: 'Problem_1 score calculation speed statistic'
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
  chart_scoreCalculationSpeedProblemStatisticChart_f39c1.resize(1280, 720);
});
window.addEventListener('afterprint', () => {
  chart_scoreCalculationSpeedProblemStatisticChart_f39c1.resize();
});
