package org.caravan.api.dataset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Loads the flagship sample as a dataset on the first start, so a new user has something to solve. Recorded in
 * sample_seed, so restarts (and other instances) do not load it again, and a planner who deletes it keeps it deleted.
 */
@Component
public class SampleDatasetSeeder implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(SampleDatasetSeeder.class);

    private final boolean enabled;
    private final String location;
    private final ResourceLoader resources;
    private final DatasetStore datasets;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    public SampleDatasetSeeder(@Value("${caravan.sample.enabled}") boolean enabled,
            @Value("${caravan.sample.resource}") String location, ResourceLoader resources, DatasetStore datasets,
            JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.enabled = enabled;
        this.location = location;
        this.resources = resources;
        this.datasets = datasets;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** Runs once the database is migrated and before the web server opens, so the first request sees the sample. */
    @Override
    public void afterSingletonsInstantiated() {
        if (!enabled) {
            return;
        }
        Resource sample = resources.getResource(location);
        String name = sample.getFilename() == null ? location : sample.getFilename();
        Integer seeded = jdbc.queryForObject("select count(*) from sample_seed where sample_name = ?", Integer.class, name);
        if (seeded != null && seeded > 0) {
            return;
        }
        if (!sample.exists()) {
            LOG.warn("The sample dataset {} is not on the classpath; starting without it", location);
            return;
        }
        try (InputStream in = sample.getInputStream()) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            var dataset = DatasetUploads.parse(json);
            String listedAs = dataset.event() != null && dataset.event().name() != null ? dataset.event().name() : name;
            DatasetSummary stored = transaction.execute(status -> {
                jdbc.update("insert into sample_seed (sample_name, loaded_at) values (?, ?)", name,
                        OffsetDateTime.now(ZoneOffset.UTC));
                DatasetSummary inserted = datasets.insert(listedAs, dataset, json);
                jdbc.update("update sample_seed set dataset_id = ? where sample_name = ?", inserted.id(), name);
                return inserted;
            });
            LOG.info("Loaded the sample dataset '{}' as dataset {} ({} participants)", listedAs, stored.id(),
                    stored.participants());
        } catch (DuplicateKeyException e) {
            LOG.info("The sample dataset was loaded by another instance meanwhile");
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not load the sample dataset {}: {}", location, e.getMessage());
        }
    }
}
