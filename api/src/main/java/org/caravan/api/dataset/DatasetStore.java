package org.caravan.api.dataset;

import org.caravan.api.problem.NotFoundException;
import org.caravan.data.dataset.Dataset;
import org.caravan.data.dataset.Hotel;
import org.caravan.data.json.CaravanJson;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Datasets as the planner uploaded them (JSON text), with their counts for listing. */
@Repository
public class DatasetStore {

    private static final RowMapper<DatasetSummary> SUMMARY = (rs, row) -> new DatasetSummary(rs.getLong("id"),
            rs.getString("name"), rs.getInt("participant_count"), rs.getInt("hotel_count"), rs.getInt("room_count"),
            rs.getInt("itinerary_count"), rs.getObject("created_at", OffsetDateTime.class));

    private final JdbcTemplate jdbc;

    public DatasetStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a validated dataset; {@code json} is kept as uploaded so optional fields of newer writers survive. */
    public DatasetSummary insert(String name, Dataset dataset, String json) {
        int rooms = dataset.hotels().stream().map(Hotel::rooms).mapToInt(List::size).sum();
        int itineraries = dataset.flights().itineraries() == null ? 0 : dataset.flights().itineraries().size();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("""
                    insert into dataset (name, participant_count, hotel_count, room_count, itinerary_count, content, created_at)
                    values (?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
            insert.setString(1, name);
            insert.setInt(2, dataset.participants().size());
            insert.setInt(3, dataset.hotels().size());
            insert.setInt(4, rooms);
            insert.setInt(5, itineraries);
            insert.setString(6, json);
            insert.setObject(7, now);
            return insert;
        }, keys);
        long id = keys.getKeyAs(Number.class).longValue();
        return new DatasetSummary(id, name, dataset.participants().size(), dataset.hotels().size(), rooms, itineraries, now);
    }

    public List<DatasetSummary> list() {
        return jdbc.query("""
                select id, name, participant_count, hotel_count, room_count, itinerary_count, created_at
                from dataset order by id""", SUMMARY);
    }

    public Optional<DatasetSummary> find(long id) {
        return jdbc.query("""
                select id, name, participant_count, hotel_count, room_count, itinerary_count, created_at
                from dataset where id = ?""", SUMMARY, id).stream().findFirst();
    }

    public DatasetSummary get(long id) {
        return find(id).orElseThrow(() -> notFound(id));
    }

    /** The dataset's JSON exactly as stored. */
    public String json(long id) {
        return jdbc.query("select content from dataset where id = ?", (rs, row) -> rs.getString(1), id).stream()
                .findFirst().orElseThrow(() -> notFound(id));
    }

    /** The stored dataset, read back into the public format (it was validated when uploaded). */
    public Dataset dataset(long id) {
        try {
            return CaravanJson.readDataset(json(id));
        } catch (IOException e) {
            throw new UncheckedIOException("Stored dataset " + id + " cannot be read back", e);
        }
    }

    public boolean delete(long id) {
        return jdbc.update("delete from dataset where id = ?", id) > 0;
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException("datasetId", "There is no dataset with id " + id + ".");
    }
}
