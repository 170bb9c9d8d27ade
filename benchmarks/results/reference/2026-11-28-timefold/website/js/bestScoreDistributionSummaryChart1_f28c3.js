
var chart_bestScoreDistributionSummaryChart1_f28c3 = new Chart(document.getElementById('chart_bestScoreDistributionSummaryChart1_f28c3'), {
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
                                    min: -34,
                                    max: -34,
                                    q1: -34,
                                    q3: -34,
                                    median: -34,
                                    mean: -34,
                                    items: [],
                                    outliers: [],
                                }
                            , 
                                {
                                    min: -113,
                                    max: -113,
                                    q1: -113,
                                    q3: -113,
                                    median: -113,
                                    mean: -113,
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
                                    min: -34,
                                    max: -34,
                                    q1: -34,
                                    q3: -34,
                                    median: -34,
                                    mean: -34,
                                    items: [],
                                    outliers: [],
                                }
                            , 
                                {
                                    min: -113,
                                    max: -113,
                                    q1: -113,
                                    q3: -113,
                                    median: -113,
                                    mean: -113,
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
                                    min: -34,
                                    max: -34,
                                    q1: -34,
                                    q3: -34,
                                    median: -34,
                                    mean: -34,
                                    items: [],
                                    outliers: [],
                                }
                            , 
                                {
                                    min: -113,
                                    max: -113,
                                    q1: -113,
                                    q3: -113,
                                    median: -113,
                                    mean: -113,
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
                                    min: -34,
                                    max: -34,
                                    q1: -34,
                                    q3: -34,
                                    median: -34,
                                    mean: -34,
                                    items: [],
                                    outliers: [],
                                }
                            , 
                                {
                                    min: -110,
                                    max: -110,
                                    q1: -110,
                                    q3: -110,
                                    median: -110,
                                    mean: -110,
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
                                    min: -33,
                                    max: -33,
                                    q1: -33,
                                    q3: -33,
                                    median: -33,
                                    mean: -33,
                                    items: [],
                                    outliers: [],
                                }
                            , 
                                {
                                    min: -113,
                                    max: -113,
                                    q1: -113,
                                    q3: -113,
                                    median: -113,
                                    mean: -113,
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
                                    min: -34,
                                    max: -34,
                                    q1: -34,
                                    q3: -34,
                                    median: -34,
                                    mean: -34,
                                    items: [],
                                    outliers: [],
                                }
                            , 
                                {
                                    min: -113,
                                    max: -113,
                                    q1: -113,
                                    q3: -113,
                                    median: -113,
                                    mean: -113,
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
                                    min: -34,
                                    max: -34,
                                    q1: -34,
                                    q3: -34,
                                    median: -34,
                                    mean: -34,
                                    items: [],
                                    outliers: [],
                                }
                            , 
                                {
                                    min: -112,
                                    max: -112,
                                    q1: -112,
                                    q3: -112,
                                    median: -112,
                                    mean: -112,
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
                text: 'Best medium score distribution summary (higher is better)'
            }
        },
        scales: {
            x: {
                display: true
            },
            y: {
                title: {
                    display: true,
                    text: 'Best medium score'
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
  chart_bestScoreDistributionSummaryChart1_f28c3.resize(1280, 720);
});
window.addEventListener('afterprint', () => {
  chart_bestScoreDistributionSummaryChart1_f28c3.resize();
});