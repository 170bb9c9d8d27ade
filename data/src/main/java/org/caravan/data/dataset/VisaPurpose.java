package org.caravan.data.dataset;

public enum VisaPurpose {
    ENTRY, TRANSIT
}
