
var chart_scoreCalculationSpeedProblemStatisticChart_af527 = new Chart(document.getElementById('chart_scoreCalculationSpeedProblemStatisticChart_af527'), {
    type: 'line',
    data: {
        datasets: [
            {
                  label: 'default',
                    borderWidth: 1
                  ,
                  data: [
                    {x: 1058, y: 103331}, {x: 2000, y: 120468}, {x: 3003, y: 120621}, {x: 4027, y: 122000}, {x: 5039, y: 128043}, {x: 6008, y: 119347}, {x: 7017, y: 125113}, {x: 8037, y: 127546}, {x: 9013, y: 127699}, {x: 10045, y: 127173}, {x: 11011, y: 123070}, {x: 12014, y: 124586}, {x: 13048, y: 128067}, {x: 14018, y: 119868}, {x: 15028, y: 129701}, {x: 16038, y: 128378}, {x: 17022, y: 131005}, {x: 18004, y: 141050}, {x: 19061, y: 131263}, {x: 20035, y: 142899}, {x: 21000, y: 126683}, {x: 22005, y: 138421}, {x: 23026, y: 137896}, {x: 24001, y: 117877}, {x: 25013, y: 131770}, {x: 26057, y: 111405}, {x: 27005, y: 117078}, {x: 28029, y: 127116}, {x: 29031, y: 131505}, {x: 30068, y: 120806}
                  ]
                }, 
{
                  label: 'late-acceptance-50',
                    borderWidth: 1
                  ,
                  data: [
                    {x: 1000, y: 30991}, {x: 2000, y: 38831}, {x: 3000, y: 44656}, {x: 4000, y: 45577}, {x: 5000, y: 45592}, {x: 6000, y: 49277}, {x: 7000, y: 51430}, {x: 8000, y: 48998}, {x: 9000, y: 49599}, {x: 10000, y: 43790}, {x: 11000, y: 47860}, {x: 12000, y: 43943}, {x: 13000, y: 49895}, {x: 14000, y: 49532}, {x: 15000, y: 49168}, {x: 16000, y: 49957}, {x: 17000, y: 50883}, {x: 18000, y: 48226}, {x: 19000, y: 52976}, {x: 20000, y: 53377}, {x: 21000, y: 52805}, {x: 22000, y: 54155}, {x: 23000, y: 56985}, {x: 24000, y: 56142}, {x: 25000, y: 53080}, {x: 26000, y: 54552}, {x: 27000, y: 54186}, {x: 28000, y: 52231}, {x: 29000, y: 51010}, {x: 30000, y: 53438}
                  ]
                }, 
{
                  label: 'late-acceptance-400',
                    borderWidth: 1
                  ,
                  data: [
                    {x: 1000, y: 41037}, {x: 2000, y: 47756}, {x: 3000, y: 56976}, {x: 4000, y: 56611}, {x: 5000, y: 55964}, {x: 6000, y: 55811}, {x: 7000, y: 52818}, {x: 8000, y: 46661}, {x: 9000, y: 52759}, {x: 10000, y: 55748}, {x: 11000, y: 51119}, {x: 12000, y: 53921}, {x: 13000, y: 55892}, {x: 14000, y: 56500}, {x: 15000, y: 55226}, {x: 16000, y: 55912}, {x: 17000, y: 56221}, {x: 18000, y: 57714}, {x: 19000, y: 57637}, {x: 20001, y: 55826}, {x: 21000, y: 48694}, {x: 22000, y: 55598}, {x: 23000, y: 55058}, {x: 24000, y: 53366}, {x: 25000, y: 52676}, {x: 26000, y: 50110}, {x: 27000, y: 56288}, {x: 28000, y: 57377}, {x: 29000, y: 54398}, {x: 30000, y: 53961}
                  ]
                }, 
{
                  label: 'tabu (favorite)',
                    borderWidth: 4
,
                  data: [
                    {x: 1005, y: 38628}, {x: 2010, y: 43822}, {x: 3009, y: 48705}, {x: 4007, y: 45917}, {x: 5011, y: 43413}, {x: 6009, y: 42750}, {x: 7008, y: 44290}, {x: 8002, y: 45948}, {x: 9005, y: 44636}, {x: 10007, y: 50497}, {x: 11011, y: 47176}, {x: 12003, y: 46165}, {x: 13011, y: 45543}, {x: 14001, y: 48888}, {x: 15012, y: 42333}, {x: 16007, y: 46137}, {x: 17013, y: 45159}, {x: 18008, y: 44103}, {x: 19001, y: 47890}, {x: 20008, y: 45200}, {x: 21010, y: 45406}, {x: 22006, y: 47199}, {x: 23003, y: 47133}, {x: 24007, y: 54727}, {x: 25005, y: 58038}, {x: 26000, y: 55042}, {x: 27003, y: 48315}, {x: 28006, y: 51574}, {x: 29004, y: 47602}, {x: 30000, y: 55820}
                  ]
                }, 
{
                  label: 'great-deluge',
                    borderWidth: 1
                  ,
                  data: [
                    {x: 1000, y: 36967}, {x: 2000, y: 39193}, {x: 3000, y: 39753}, {x: 4000, y: 45246}, {x: 5000, y: 49683}, {x: 6000, y: 48776}, {x: 7000, y: 51836}, {x: 8000, y: 47637}, {x: 9000, y: 50480}, {x: 10000, y: 53748}, {x: 11000, y: 50319}, {x: 12000, y: 48699}, {x: 13000, y: 45515}, {x: 14000, y: 45629}, {x: 15000, y: 45917}, {x: 16000, y: 49575}, {x: 17000, y: 48258}, {x: 18000, y: 47368}, {x: 19000, y: 45035}, {x: 20000, y: 45381}, {x: 21000, y: 45894}, {x: 22000, y: 44790}, {x: 23000, y: 46623}, {x: 24000, y: 49183}, {x: 25000, y: 51755}, {x: 26000, y: 51349}, {x: 27000, y: 50339}, {x: 28000, y: 54416}, {x: 29000, y: 51267}, {x: 30000, y: 42945}
                  ]
                }, 
{
                  label: 'simulated-annealing',
                    borderWidth: 1
                  ,
                  data: [
                    {x: 1000, y: 13515}, {x: 2000, y: 31643}, {x: 3000, y: 31358}, {x: 4001, y: 39346}, {x: 5000, y: 41306}, {x: 6000, y: 44977}, {x: 7000, y: 42772}, {x: 8000, y: 45740}, {x: 9000, y: 50582}, {x: 10000, y: 46732}, {x: 11000, y: 54439}, {x: 12001, y: 52942}, {x: 13000, y: 49085}, {x: 14000, y: 48238}, {x: 15000, y: 48132}, {x: 16000, y: 50958}, {x: 17000, y: 48559}, {x: 18001, y: 49328}, {x: 19000, y: 48239}, {x: 20000, y: 52089}, {x: 21000, y: 49049}, {x: 22000, y: 51436}, {x: 23000, y: 52104}, {x: 24000, y: 53246}, {x: 25000, y: 52506}, {x: 26000, y: 53823}, {x: 27000, y: 51630}, {x: 28000, y: 49175}, {x: 29000, y: 49439}, {x: 30000, y: 53381}
                  ]
                }, 
{
                  label: 'no-trip-room-move',
                    borderWidth: 1
                  ,
                  data: [
                    {x: 1000, y: 30754}, {x: 2000, y: 38939}, {x: 3001, y: 41983}, {x: 4000, y: 48334}, {x: 5000, y: 47375}, {x: 6000, y: 49504}, {x: 7000, y: 50816}, {x: 8000, y: 48856}, {x: 9000, y: 49828}, {x: 10000, y: 49389}, {x: 11000, y: 48960}, {x: 12001, y: 53108}, {x: 13000, y: 54490}, {x: 14000, y: 54749}, {x: 15000, y: 54929}, {x: 16000, y: 51206}, {x: 17000, y: 53359}, {x: 18000, y: 52322}, {x: 19000, y: 50938}, {x: 20000, y: 54019}, {x: 21000, y: 52448}, {x: 22000, y: 56282}, {x: 23000, y: 54445}, {x: 24000, y: 55607}, {x: 25000, y: 50864}, {x: 26000, y: 51408}, {x: 27000, y: 50738}, {x: 28000, y: 48986}, {x: 29000, y: 49939}, {x: 30000, y: 47918}
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
                suggestedMax: 30068,
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
  chart_scoreCalculationSpeedProblemStatisticChart_af527.resize(1280, 720);
});
window.addEventListener('afterprint', () => {
  chart_scoreCalculationSpeedProblemStatisticChart_af527.resize();
});
