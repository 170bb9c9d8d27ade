package org.caravan.data.validation;

import org.caravan.data.dataset.Airport;
import org.caravan.data.dataset.Dataset;
import org.caravan.data.dataset.Event;
import org.caravan.data.dataset.Fund;
import org.caravan.data.dataset.Participant;
import org.caravan.data.dataset.Segment;
import org.caravan.data.dataset.TimeWindow;
import org.caravan.data.text.Text;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * A part of the dataset the validator checks, and the helpers every part uses to report what is wrong. The dataset
 * is as read: any field may be missing (null) here, which is what the checks report.
 */
abstract class Section {

    static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{2}");
    static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");
    /** A trillion: far above any event's money, far below what cents in a {@code long} can hold. */
    static final BigDecimal MAX_MONEY = BigDecimal.TEN.pow(12);

    /** What every section shares: the dataset, the problems found so far, and the ids other parts refer to. */
    static final class Context {
        final Dataset dataset;
        final List<ValidationIssue> issues = new ArrayList<>();
        final Set<String> airportCodes = new HashSet<>();
        /** The zone of the first airport of each code, when it is a known zone (the one DatasetIndex would use). */
        final Map<String, ZoneId> airportZones = new HashMap<>();
        final Map<String, Segment> segments = new HashMap<>();
        final Set<String> participantIds = new HashSet<>();
        final Set<String> fundIds = new HashSet<>();

        Context(Dataset dataset) {
            this.dataset = dataset;
            indexIds();
        }

        private void indexIds() {
            for (Airport airport : dataset.airports()) {
                if (airport != null && !isBlank(airport.code()) && airportCodes.add(airport.code())) {
                    zone(airport.timeZone()).ifPresent(zone -> airportZones.put(airport.code(), zone));
                }
            }
            for (Segment segment : dataset.flights().segments()) {
                if (segment != null && !isBlank(segment.id())) {
                    segments.putIfAbsent(segment.id(), segment);
                }
            }
            for (Participant participant : dataset.participants()) {
                if (participant != null && !isBlank(participant.id())) {
                    participantIds.add(participant.id());
                }
            }
            if (dataset.budget() != null) {
                for (Fund fund : dataset.budget().funds()) {
                    if (fund != null && !isBlank(fund.id()) && !isReservedFundId(fund.id())) {
                        fundIds.add(fund.id());
                    }
                }
            }
        }
    }

    final Dataset dataset;
    final Set<String> airportCodes;
    final Map<String, ZoneId> airportZones;
    final Map<String, Segment> segments;
    final Set<String> participantIds;
    final Set<String> fundIds;
    private final List<ValidationIssue> issues;

    Section(Context context) {
        this.dataset = context.dataset;
        this.airportCodes = context.airportCodes;
        this.airportZones = context.airportZones;
        this.segments = context.segments;
        this.participantIds = context.participantIds;
        this.fundIds = context.fundIds;
        this.issues = context.issues;
    }

    /** Adds this section's problems, in the order of the file. */
    abstract void check();

    /**
     * Checks each entry of a list at its path ({@code path[i]}); an empty (null) entry is reported as such, by the
     * catalogues' sentence {@code emptyKey}.
     */
    final <T> void eachEntry(String path, List<T> entries, String emptyKey, BiConsumer<String, T> check) {
        for (int i = 0; i < entries.size(); i++) {
            T entry = entries.get(i);
            if (entry == null) {
                issue(path + "[" + i + "]", emptyKey);
            } else {
                check.accept(path + "[" + i + "]", entry);
            }
        }
    }

    /** An id other parts refer to: given ({@code missingKey} says otherwise), and used once among {@code seen}. */
    final void requireId(String path, @Nullable String id, String missingKey, Text what, Map<String, String> seen) {
        if (isBlank(id)) {
            issue(path, missingKey);
        } else {
            requireUnique(path, what, id, seen);
        }
    }

    /** A problem at {@code path}: the catalogues' sentence {@code key} with its arguments. */
    final void issue(String path, String key, @Nullable Object... arguments) {
        issues.add(new ValidationIssue(path, Text.of(key, arguments)));
    }

    final void requireText(String path, @Nullable String value, String key, @Nullable Object... arguments) {
        if (isBlank(value)) {
            issue(path, key, arguments);
        }
    }

    final void requireUnique(String path, Text what, String id, Map<String, String> firstPathById) {
        String first = firstPathById.putIfAbsent(id, path);
        if (first != null) {
            issue(path, "dataset.id.twice", what, id, first);
        }
    }

    /**
     * An amount of money: not negative ({@code negativeKey} is said with {@code arguments} and then the value) and in
     * whole cents, since every cost and weight is counted in cents and a third decimal would be rounded away unseen.
     */
    final void requireMoney(String path, @Nullable BigDecimal value, String negativeKey, Object... arguments) {
        if (value == null) {
            return;
        }
        if (value.signum() < 0) {
            Object[] withValue = Arrays.copyOf(arguments, arguments.length + 1);
            withValue[arguments.length] = InputLimits.echo(value);
            issue(path, negativeKey, withValue);
        } else if (value.compareTo(MAX_MONEY) > 0) {
            issue(path, "dataset.amount.tooLarge", InputLimits.echo(value), MAX_MONEY.toPlainString());
        } else if (value.stripTrailingZeros().scale() > 2) {
            issue(path, "dataset.amount.decimals", InputLimits.echo(value));
        }
    }

    /** A position on the globe, when given: a latitude from -90 to 90 and a longitude from -180 to 180. */
    final void requireCoordinates(String path, @Nullable Double lat, @Nullable Double lon, Text owner) {
        if (lat != null && !(lat >= -90 && lat <= 90)) {
            issue(path + ".lat", "dataset.latitude", owner, lat);
        }
        if (lon != null && !(lon >= -180 && lon <= 180)) {
            issue(path + ".lon", "dataset.longitude", owner, lon);
        }
    }

    final void requireCountryCode(String path, @Nullable String code, Text owner, Text field) {
        if (code == null) {
            issue(path, "dataset.country.missing", owner, field);
        } else if (!COUNTRY_CODE.matcher(code).matches()) {
            issue(path, "dataset.country.wrong", owner, field, code);
        }
    }

    final void requireKnownAirport(String path, @Nullable String code, Text what, Text owner) {
        if (isBlank(code)) {
            issue(path, "dataset.airport.empty", what, owner);
        } else if (!airportCodes.contains(code)) {
            issue(path, "dataset.airport.unknown", what, code, owner);
        }
    }

    /** Every entry of a list of words is given; an empty one is reported by {@code key} and its arguments. */
    final void requireNoBlankEntries(String path, List<String> values, String key, Object... arguments) {
        for (int j = 0; j < values.size(); j++) {
            if (isBlank(values.get(j))) {
                issue(path + "[" + j + "]", key, arguments);
            }
        }
    }

    /** A word or phrase of the catalogues used inside another sentence (a kind of id, an owner). */
    static Text words(String key, Object... arguments) {
        return Text.of(key, arguments);
    }

    final @Nullable String venueAirport() {
        Event event = dataset.event();
        return event == null || event.venue() == null ? null : event.venue().airport();
    }

    final Optional<ZonedDateTime> departureInstant(Segment segment) {
        ZoneId zone = segment.from() == null ? null : airportZones.get(segment.from());
        return zone == null || segment.departure() == null ? Optional.empty() : Optional.of(segment.departure().atZone(zone));
    }

    final Optional<ZonedDateTime> arrivalInstant(Segment segment) {
        ZoneId zone = segment.to() == null ? null : airportZones.get(segment.to());
        return zone == null || segment.arrival() == null ? Optional.empty() : Optional.of(segment.arrival().atZone(zone));
    }

    static Optional<ZoneId> zone(@Nullable String id) {
        if (isBlank(id)) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(id));
        } catch (DateTimeException unknown) {
            return Optional.empty();
        }
    }

    static boolean isComplete(@Nullable TimeWindow window) {
        return window != null && window.earliest() != null && window.latest() != null;
    }

    static boolean isReservedFundId(String id) {
        return Fund.SELF.equals(id) || Fund.GENERAL.equals(id);
    }

    static boolean isBlank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
