package org.caravan.data.dataset;

import java.util.List;

public record Flights(List<Segment> segments, List<Itinerary> itineraries) {

    public Flights {
        segments = Dataset.listOrEmpty(segments);
        itineraries = Dataset.listOrEmpty(itineraries);
    }
}
