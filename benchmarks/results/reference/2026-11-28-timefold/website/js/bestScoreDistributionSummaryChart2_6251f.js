
var chart_bestScoreDistributionSummaryChart2_6251f = new Chart(document.getElementById('chart_bestScoreDistributionSummaryChart2_6251f'), {
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
                                    min: -20260541,
                                    max: -20260541,
                                    q1: -20260541,
                                    q3: -20260541,
                                    median: -20260541,
                                    mean: -20260541,
                                    items: [],
                                    outliers: [],
                                }
                            , 
                                {
                                    min: -153462989,
                                    max: -153462989,
                                    q1: -153462989,
                                    q3: -153462989,
                                    median: -153462989,
                                    mean: -153462989,
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
                                    min: -20746559,
                                    max: -20746559,
                                    q1: -20746559,
                                    q3: -20746559,
                                    median: -20746559,
                                    mean: -20746559,
                                    items: [],
                                    outliers: [],
                                }
                            , 
                                {
                                    min: -155294758,
                                    max: -155294758,
                                    q1: -155294758,
                                    q3: -155294758,
                                    median: -155294758,
                                    mean: -155294758,
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
                                    min: -20518705,
                                    max: -20518705,
                                    q1: -20518705,
                                    q3: -20518705,
                                    median: -20518705,
                                    mean: -20518705,
                                    items: [],
                                    outliers: [],
                                }
                            , 
                                {
                                    min: -150430040,
                                    max: -150430040,
                                    q1: -150430040,
                                    q3: -150430040,
                                    median: -150430040,
                                    mean: -150430040,
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
                                    min: -155579819,
                                    max: -155579819,
                                    q1: -155579819,
                                    q3: -155579819,
                                    median: -155579819,
                                    mean: -155579819,
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
                                    min: -20336574,
                                    max: -20336574,
                                    q1: -20336574,
                                    q3: -20336574,
                                    median: -20336574,
                                    mean: -20336574,
                                    items: [],
                                    outliers: [],
                                }
                            , 
                                {
                                    min: -149163194,
                                    max: -149163194,
                                    q1: -149163194,
                                    q3: -149163194,
                                    median: -149163194,
                                    mean: -149163194,
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
                                    min: -20292107,
                                    max: -20292107,
                                    q1: -20292107,
                                    q3: -20292107,
                                    median: -20292107,
                                    mean: -20292107,
                                    items: [],
                                    outliers: [],
                                }
                            , 
                                {
                                    min: -152875691,
                                    max: -152875691,
                                    q1: -152875691,
                                    q3: -152875691,
                                    median: -152875691,
                                    mean: -152875691,
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
  chart_bestScoreDistributionSummaryChart2_6251f.resize(1280, 720);
});
window.addEventListener('afterprint', () => {
  chart_bestScoreDistributionSummaryChart2_6251f.resize();
});