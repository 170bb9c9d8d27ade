
var chart_bestScoreDistributionSummaryChart2_5e3b6 = new Chart(document.getElementById('chart_bestScoreDistributionSummaryChart2_5e3b6'), {
    type: 'boxplot',
    data: {
        labels: [
            'Problem_0', 'Problem_1'
        ],
        datasets: [
                {
                    label: 'default',
                        borderWidth: 1
                    ,
                    data: [
                                {
                                    min: -19956089,
                                    max: -19956089,
                                    q1: -19956089,
                                    q3: -19956089,
                                    median: -19956089,
                                    mean: -19956089,
                                    items: [],
                                    outliers: [],
                                }
                            , 
                                {
                                    min: -154823630,
                                    max: -154823630,
                                    q1: -154823630,
                                    q3: -154823630,
                                    median: -154823630,
                                    mean: -154823630,
                                    items: [],
                                    outliers: [],
                                }
                            
                    ]
                }, 
                {
                    label: 'late-acceptance-50',
                        borderWidth: 1
                    ,
                    data: [
                                {
                                    min: -20221941,
                                    max: -20221941,
                                    q1: -20221941,
                                    q3: -20221941,
                                    median: -20221941,
                                    mean: -20221941,
                                    items: [],
                                    outliers: [],
                                }
                            , 
                                {
                                    min: -149475284,
                                    max: -149475284,
                                    q1: -149475284,
                                    q3: -149475284,
                                    median: -149475284,
                                    mean: -149475284,
                                    items: [],
                                    outliers: [],
                                }
                            
                    ]
                }, 
                {
                    label: 'late-acceptance-400',
                        borderWidth: 1
                    ,
                    data: [
                                {
                                    min: -20253776,
                                    max: -20253776,
                                    q1: -20253776,
                                    q3: -20253776,
                                    median: -20253776,
                                    mean: -20253776,
                                    items: [],
                                    outliers: [],
                                }
                            , 
                                {
                                    min: -154080249,
                                    max: -154080249,
                                    q1: -154080249,
                                    q3: -154080249,
                                    median: -154080249,
                                    mean: -154080249,
                                    items: [],
                                    outliers: [],
                                }
                            
                    ]
                }, 
                {
                    label: 'tabu (favorite)',
                        borderWidth: 4
,
                    data: [
                                {
                                    min: -20512705,
                                    max: -20512705,
                                    q1: -20512705,
                                    q3: -20512705,
                                    median: -20512705,
                                    mean: -20512705,
                                    items: [],
                                    outliers: [],
                                }
                            , 
                                {
                                    min: -148666344,
                                    max: -148666344,
                                    q1: -148666344,
                                    q3: -148666344,
                                    median: -148666344,
                                    mean: -148666344,
                                    items: [],
                                    outliers: [],
                                }
                            
                    ]
                }, 
                {
                    label: 'great-deluge',
                        borderWidth: 1
                    ,
                    data: [
                                {
                                    min: -21250260,
                                    max: -21250260,
                                    q1: -21250260,
                                    q3: -21250260,
                                    median: -21250260,
                                    mean: -21250260,
                                    items: [],
                                    outliers: [],
                                }
                            , 
                                {
                                    min: -154753269,
                                    max: -154753269,
                                    q1: -154753269,
                                    q3: -154753269,
                                    median: -154753269,
                                    mean: -154753269,
                                    items: [],
                                    outliers: [],
                                }
                            
                    ]
                }, 
                {
                    label: 'simulated-annealing',
                        borderWidth: 1
                    ,
                    data: [
                                {
                                    min: -20223255,
                                    max: -20223255,
                                    q1: -20223255,
                                    q3: -20223255,
                                    median: -20223255,
                                    mean: -20223255,
                                    items: [],
                                    outliers: [],
                                }
                            , 
                                {
                                    min: -147102838,
                                    max: -147102838,
                                    q1: -147102838,
                                    q3: -147102838,
                                    median: -147102838,
                                    mean: -147102838,
                                    items: [],
                                    outliers: [],
                                }
                            
                    ]
                }, 
                {
                    label: 'no-trip-room-move',
                        borderWidth: 1
                    ,
                    data: [
                                {
                                    min: -20281141,
                                    max: -20281141,
                                    q1: -20281141,
                                    q3: -20281141,
                                    median: -20281141,
                                    mean: -20281141,
                                    items: [],
                                    outliers: [],
                                }
                            , 
                                {
                                    min: -148971896,
                                    max: -148971896,
                                    q1: -148971896,
                                    q3: -148971896,
                                    median: -148971896,
                                    mean: -148971896,
                                    items: [],
                                    outliers: [],
                                }
                            
                    ]
                }
        ]
    },
    options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        plugins: {
            title: {
                display: true,
                text: 'Best soft score distribution summary (higher is better)'
            }
        },
        scales: {
            x: {
                display: true
            },
            y: {
                title: {
                    display: true,
                    text: 'Best soft score'
                },
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
  chart_bestScoreDistributionSummaryChart2_5e3b6.resize(1280, 720);
});
window.addEventListener('afterprint', () => {
  chart_bestScoreDistributionSummaryChart2_5e3b6.resize();
});