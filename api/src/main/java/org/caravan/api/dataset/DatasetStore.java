package org.caravan.api.dataset;

import org.caravan.data.dataset.Dataset;
import org.caravan.data.dataset.Hotel;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Datasets and their versions. A version's content is the JSON as it was posted, so optional fields of newer writers
 * survive; versions are never changed once written. Callers validate before they write (see {@link Datasets}).
 */
@Repository
class DatasetStore {

    private static final String SUMMARY = """
            select d.id, d.name, v.participant_count, v.hotel_count, v.room_count, v.itinerary_count, d.created_at,
                   d.latest_version
            from dataset d join dataset_version v on v.dataset_id = d.id and v.version = d.latest_version""";
    private static final String VERSION = """
            select dataset_id, version, parent_version, origin, participant_count, hotel_count, room_count,
                   itinerary_count, created_at, created_by
            from dataset_version""";

    private static final RowMapper<DatasetSummary> SUMMARY_ROW = (rs, row) -> new DatasetSummary(rs.getLong("id"),
            rs.getString("name"), rs.getInt("participant_count"), rs.getInt("hotel_count"), rs.getInt("room_count"),
            rs.getInt("itinerary_count"), rs.getObject("created_at", OffsetDateTime.class), rs.getInt("latest_version"));
    private static final RowMapper<DatasetVersionSummary> VERSION_ROW = (rs, row) -> new DatasetVersionSummary(
            rs.getLong("dataset_id"), rs.getInt("version"), rs.getObject("parent_version", Integer.class),
            DatasetOrigin.valueOf(rs.getString("origin")), rs.getInt("participant_count"), rs.getInt("hotel_count"),
            rs.getInt("room_count"), rs.getInt("itinerary_count"), rs.getObject("created_at", OffsetDateTime.class),
            rs.getString("created_by"));

    private final JdbcClient jdbc;

    DatasetStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Who a dataset belongs to, and how often personal data of it was erased (what its versions' memory is worth). */
    record Owner(long organisationId, int erasures) {
    }

    /** A new dataset of the organisation whose version 1 is {@code json}, made by {@code createdBy}. */
    DatasetSummary insert(long organisationId, String name, Dataset dataset, String json, DatasetOrigin origin,
            String createdBy) {
        OffsetDateTime now = now();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into dataset (organisation_id, name, latest_version, created_at) values (?, ?, 1, ?)")
                .params(organisationId, name, now).update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        insertVersion(new DatasetVersionId(id, 1), null, dataset, json, origin, now, createdBy);
        return find(id).orElseThrow();
    }

    /** Adds the next version; the caller holds the dataset's lock ({@link #lockLatest}) and passes latest + 1. */
    DatasetVersionSummary addVersion(DatasetVersionId id, int parentVersion, Dataset dataset, String json,
            DatasetOrigin origin, String createdBy) {
        insertVersion(id, parentVersion, dataset, json, origin, now(), createdBy);
        jdbc.sql("update dataset set latest_version = ? where id = ?").params(id.version(), id.datasetId()).update();
        return version(id).orElseThrow();
    }

    private void insertVersion(DatasetVersionId id, Integer parent, Dataset dataset, String json, DatasetOrigin origin,
            OffsetDateTime at, String createdBy) {
        int rooms = dataset.hotels().stream().map(Hotel::rooms).mapToInt(List::size).sum();
        int itineraries = dataset.flights().itineraries() == null ? 0 : dataset.flights().itineraries().size();
        jdbc.sql("""
                insert into dataset_version (dataset_id, version, parent_version, origin, participant_count, hotel_count,
                                             room_count, itinerary_count, content, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id.datasetId(), id.version(), parent, origin.name(), dataset.participants().size(),
                        dataset.hotels().size(), rooms, itineraries, json, at, createdBy)
                .update();
    }

    /**
     * Locks the dataset's row until the transaction ends and returns its latest version; empty when there is no such
     * dataset (or it was deleted while this waited). Starting a solve, adding a version and deleting take this lock,
     * so they happen one after the other.
     */
    Optional<Locked> lockLatest(long id) {
        return jdbc.sql("select latest_version, organisation_id from dataset where id = ? for update").param(id)
                .query((rs, row) -> new Locked(rs.getInt(1), rs.getLong(2))).optional();
    }

    /** A dataset's row under its lock: its latest version and its organisation. */
    record Locked(int latestVersion, long organisationId) {
    }

    Optional<Owner> owner(long id) {
        return jdbc.sql("select organisation_id, erasures from dataset where id = ?").param(id)
                .query((rs, row) -> new Owner(rs.getLong(1), rs.getInt(2))).optional();
    }

    /** The datasets of one organisation, or of every organisation when it is null. */
    List<DatasetSummary> list(Long organisationId) {
        return organisationId == null ? jdbc.sql(SUMMARY + " order by d.id").query(SUMMARY_ROW).list()
                : jdbc.sql(SUMMARY + " where d.organisation_id = ? order by d.id").param(organisationId)
                        .query(SUMMARY_ROW).list();
    }

    Optional<DatasetSummary> find(long id) {
        return jdbc.sql(SUMMARY + " where d.id = ?").param(id).query(SUMMARY_ROW).optional();
    }

    List<DatasetVersionSummary> versions(long datasetId) {
        return jdbc.sql(VERSION + " where dataset_id = ? order by version").param(datasetId).query(VERSION_ROW).list();
    }

    Optional<DatasetVersionSummary> version(DatasetVersionId id) {
        return jdbc.sql(VERSION + " where dataset_id = ? and version = ?").params(id.datasetId(), id.version())
                .query(VERSION_ROW).optional();
    }

    /** The version's JSON exactly as posted. */
    Optional<String> content(DatasetVersionId id) {
        return jdbc.sql("select content from dataset_version where dataset_id = ? and version = ?")
                .params(id.datasetId(), id.version()).query(String.class).optional();
    }

    /** Every version's document, oldest first: what an erasure rewrites. */
    List<DatasetVersionContent> contents(long datasetId) {
        return jdbc.sql("select version, content from dataset_version where dataset_id = ? order by version")
                .param(datasetId).query((rs, row) -> new DatasetVersionContent(
                        new DatasetVersionId(datasetId, rs.getInt(1)), rs.getString(2))).list();
    }

    record DatasetVersionContent(DatasetVersionId id, String json) {
    }

    /**
     * Replaces a version's document after personal data in it was erased: the one change a version ever sees.
     * Its counts stay, as the erasure changes no count.
     */
    void rewrite(DatasetVersionId id, String json) {
        jdbc.sql("update dataset_version set content = ? where dataset_id = ? and version = ?")
                .params(json, id.datasetId(), id.version()).update();
    }

    /** Counts an erasure, so that every instance knows its memory of the dataset's versions is stale. */
    void countErasure(long datasetId) {
        jdbc.sql("update dataset set erasures = erasures + 1 where id = ?").param(datasetId).update();
    }

    /** Deletes the dataset with its versions and plans; false when it was not there. */
    boolean delete(long id) {
        return jdbc.sql("delete from dataset where id = ?").param(id).update() > 0;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
