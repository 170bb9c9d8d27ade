
var chart_scoreCalculationSpeedProblemStatisticChart_3d124 = new Chart(document.getElementById('chart_scoreCalculationSpeedProblemStatisticChart_3d124'), {
    type: 'line',
    data: {
        datasets: [
            {
                  label: 'default',
                    borderWidth: 1
                  ,
                  data: [
                    {x: 1013, y: 21401}, {x: 2000, y: 64829}, {x: 3000, y: 121249}, {x: 4003, y: 134320}, {x: 5000, y: 142912}, {x: 6002, y: 135031}, {x: 7000, y: 141849}, {x: 8000, y: 137653}, {x: 9000, y: 149262}, {x: 10001, y: 142844}, {x: 11002, y: 165520}, {x: 12001, y: 164175}, {x: 13000, y: 156918}, {x: 14002, y: 149971}, {x: 15005, y: 155337}, {x: 16000, y: 170315}, {x: 17000, y: 167749}, {x: 18002, y: 163511}, {x: 19003, y: 164033}, {x: 20016, y: 155936}, {x: 21001, y: 156725}, {x: 22005, y: 163701}, {x: 23003, y: 159387}, {x: 24000, y: 165626}, {x: 25000, y: 166552}, {x: 26003, y: 159831}, {x: 27001, y: 161540}, {x: 28001, y: 165442}, {x: 29000, y: 159190}, {x: 30010, y: 162960}
                  ]
                }, 
{
                  label: 'late-acceptance-50',
                    borderWidth: 1
                  ,
                  data: [
                    {x: 1000, y: 54776}, {x: 2000, y: 73214}, {x: 3000, y: 84542}, {x: 4000, y: 80697}, {x: 5000, y: 86294}, {x: 6000, y: 76965}, {x: 7000, y: 80528}, {x: 8000, y: 86714}, {x: 9000, y: 85490}, {x: 10000, y: 90908}, {x: 11000, y: 91331}, {x: 12000, y: 85738}, {x: 13000, y: 91895}, {x: 14000, y: 90358}, {x: 15000, y: 92559}, {x: 16000, y: 95804}, {x: 17000, y: 96052}, {x: 18000, y: 95715}, {x: 19000, y: 94838}, {x: 20000, y: 94252}, {x: 21000, y: 94317}, {x: 22000, y: 93744}, {x: 23000, y: 92374}, {x: 24000, y: 94282}, {x: 25000, y: 95285}, {x: 26001, y: 92933}, {x: 27000, y: 96168}, {x: 28000, y: 87719}, {x: 29000, y: 90026}, {x: 30000, y: 92472}
                  ]
                }, 
{
                  label: 'late-acceptance-400',
                    borderWidth: 1
                  ,
                  data: [
                    {x: 1000, y: 53023}, {x: 2000, y: 82257}, {x: 3000, y: 84728}, {x: 4000, y: 86958}, {x: 5000, y: 90469}, {x: 6000, y: 92110}, {x: 7000, y: 91377}, {x: 8000, y: 91234}, {x: 9000, y: 89737}, {x: 10000, y: 92776}, {x: 11000, y: 91809}, {x: 12000, y: 90710}, {x: 13000, y: 90933}, {x: 14000, y: 90368}, {x: 15000, y: 90012}, {x: 16000, y: 90663}, {x: 17000, y: 92629}, {x: 18000, y: 90674}, {x: 19000, y: 89798}, {x: 20000, y: 89637}, {x: 21000, y: 88601}, {x: 22000, y: 89479}, {x: 23000, y: 89887}, {x: 24000, y: 90551}, {x: 25000, y: 90977}, {x: 26000, y: 88430}, {x: 27000, y: 91019}, {x: 28000, y: 91445}, {x: 29000, y: 85611}, {x: 30000, y: 91661}
                  ]
                }, 
{
                  label: 'tabu (favorite)',
                    borderWidth: 4
,
                  data: [
                    {x: 1002, y: 72529}, {x: 2001, y: 89475}, {x: 3001, y: 91724}, {x: 4000, y: 92926}, {x: 5000, y: 91642}, {x: 6000, y: 92759}, {x: 7002, y: 90632}, {x: 8003, y: 92639}, {x: 9001, y: 92639}, {x: 10005, y: 94522}, {x: 11006, y: 93637}, {x: 12002, y: 93751}, {x: 13002, y: 94222}, {x: 14002, y: 95756}, {x: 15003, y: 95829}, {x: 16000, y: 95729}, {x: 17002, y: 95750}, {x: 18004, y: 94730}, {x: 19001, y: 93383}, {x: 20002, y: 94403}, {x: 21004, y: 93736}, {x: 22004, y: 93775}, {x: 23000, y: 94026}, {x: 24001, y: 94284}, {x: 25004, y: 91010}, {x: 26003, y: 94320}, {x: 27005, y: 94153}, {x: 28000, y: 92698}, {x: 29000, y: 96906}, {x: 30000, y: 96370}
                  ]
                }, 
{
                  label: 'great-deluge',
                    borderWidth: 1
                  ,
                  data: [
                    {x: 1000, y: 70475}, {x: 2000, y: 85649}, {x: 3000, y: 90027}, {x: 4000, y: 91962}, {x: 5000, y: 87386}, {x: 6000, y: 88686}, {x: 7000, y: 89058}, {x: 8000, y: 89033}, {x: 9000, y: 88174}, {x: 10000, y: 87638}, {x: 11000, y: 89956}, {x: 12000, y: 89852}, {x: 13000, y: 90137}, {x: 14000, y: 89094}, {x: 15000, y: 88792}, {x: 16000, y: 87884}, {x: 17000, y: 88314}, {x: 18000, y: 89015}, {x: 19000, y: 88717}, {x: 20000, y: 89035}, {x: 21000, y: 87986}, {x: 22000, y: 88177}, {x: 23000, y: 89184}, {x: 24000, y: 89074}, {x: 25000, y: 87733}, {x: 26000, y: 87283}, {x: 27000, y: 88267}, {x: 28000, y: 89287}, {x: 29000, y: 85076}, {x: 30000, y: 88135}
                  ]
                }, 
{
                  label: 'simulated-annealing',
                    borderWidth: 1
                  ,
                  data: [
                    {x: 1000, y: 70222}, {x: 2003, y: 89645}, {x: 3000, y: 89852}, {x: 4000, y: 92322}, {x: 5000, y: 91202}, {x: 6000, y: 91667}, {x: 7000, y: 93898}, {x: 8000, y: 93576}, {x: 9000, y: 93292}, {x: 10000, y: 94259}, {x: 11000, y: 93945}, {x: 12000, y: 93025}, {x: 13000, y: 92624}, {x: 14000, y: 90375}, {x: 15000, y: 89627}, {x: 16000, y: 89970}, {x: 17000, y: 92675}, {x: 18000, y: 91596}, {x: 19000, y: 93187}, {x: 20000, y: 93940}, {x: 21000, y: 91702}, {x: 22000, y: 86045}, {x: 23000, y: 90863}, {x: 24000, y: 92035}, {x: 25000, y: 94865}, {x: 26000, y: 96456}, {x: 27000, y: 83711}, {x: 28000, y: 90169}, {x: 29000, y: 77478}, {x: 30000, y: 82221}
                  ]
                }, 
{
                  label: 'no-trip-room-move',
                    borderWidth: 1
                  ,
                  data: [
                    {x: 1000, y: 76906}, {x: 2000, y: 87189}, {x: 3000, y: 94182}, {x: 4000, y: 94781}, {x: 5000, y: 94860}, {x: 6000, y: 95189}, {x: 7000, y: 94347}, {x: 8000, y: 94818}, {x: 9000, y: 91637}, {x: 10000, y: 94571}, {x: 11000, y: 93301}, {x: 12000, y: 93709}, {x: 13000, y: 91797}, {x: 14000, y: 86809}, {x: 15000, y: 90699}, {x: 16000, y: 91755}, {x: 17000, y: 91547}, {x: 18000, y: 92618}, {x: 19000, y: 92067}, {x: 20000, y: 93357}, {x: 21000, y: 92624}, {x: 22000, y: 94827}, {x: 23000, y: 94092}, {x: 24000, y: 92742}, {x: 25000, y: 90783}, {x: 26000, y: 88984}, {x: 27000, y: 86933}, {x: 28000, y: 92375}, {x: 29000, y: 89707}, {x: 30000, y: 92608}
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
                suggestedMax: 30010,
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
  chart_scoreCalculationSpeedProblemStatisticChart_3d124.resize(1280, 720);
});
window.addEventListener('afterprint', () => {
  chart_scoreCalculationSpeedProblemStatisticChart_3d124.resize();
});
