package org.caravan.data.dataset;

public enum Gender {
    F, M, X
}
