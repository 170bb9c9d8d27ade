package org.caravan.data.sheets;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The workbooks planners download: a template or an export of one part of a dataset, or of all of it. */
public enum SheetSet {
    PARTICIPANTS(List.of(SheetKind.PARTICIPANTS)),
    HOTELS(List.of(SheetKind.HOTELS)),
    FLIGHTS(List.of(SheetKind.SEGMENTS, SheetKind.ITINERARIES)),
    DATASET(List.of(SheetKind.values()));

    private final List<SheetKind> kinds;

    SheetSet(List<SheetKind> kinds) {
        this.kinds = kinds;
    }

    public List<SheetKind> kinds() {
        return kinds;
    }

    /** {@code participants}, {@code hotels}, {@code flights} or {@code dataset}, as URLs and the command line name them. */
    public String slug() {
        return name().toLowerCase();
    }

    public static Optional<SheetSet> of(String slug) {
        return Arrays.stream(values()).filter(set -> set.slug().equalsIgnoreCase(slug == null ? "" : slug.strip())).findFirst();
    }

    public static String slugs() {
        return String.join(", ", Arrays.stream(values()).map(SheetSet::slug).toList());
    }
}
