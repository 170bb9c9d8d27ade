package org.caravan.api.dataset;

import org.caravan.api.config.CaravanProperties;
import org.caravan.api.security.OrganisationScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Loads the flagship sample as a dataset of the first organisation on the first start, so a new user has something
 * to solve. Recorded in
 * sample_seed, so restarts (and other instances) do not load it again, and a planner who deletes it keeps it deleted.
 */
@Component
public class SampleDatasetSeeder implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(SampleDatasetSeeder.class);

    private final CaravanProperties.Sample sample;
    private final ResourceLoader resources;
    private final Datasets datasets;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    SampleDatasetSeeder(CaravanProperties properties, ResourceLoader resources, Datasets datasets, JdbcClient jdbc,
            TransactionTemplate transaction) {
        this.sample = properties.sample();
        this.resources = resources;
        this.datasets = datasets;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** Runs once the database is migrated and before the web server opens, so the first request sees the sample. */
    @Override
    public void afterSingletonsInstantiated() {
        if (!sample.enabled()) {
            return;
        }
        Resource file = resources.getResource(sample.resource());
        String name = file.getFilename() == null ? sample.resource() : file.getFilename();
        boolean seeded = jdbc.sql("select count(*) from sample_seed where sample_name = ?").param(name)
                .query(Integer.class).single() > 0;
        if (seeded) {
            return;
        }
        if (!file.exists()) {
            LOG.warn("The sample dataset {} is not on the classpath; starting without it", sample.resource());
            return;
        }
        try (InputStream in = file.getInputStream()) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            DatasetSummary stored = transaction.execute(status -> {
                jdbc.sql("insert into sample_seed (sample_name, loaded_at) values (?, ?)")
                        .params(name, OffsetDateTime.now(ZoneOffset.UTC)).update();
                long first = jdbc.sql("select min(id) from organisation").query(Long.class).single();
                DatasetSummary inserted = OrganisationScope.actingFor(first,
                        () -> datasets.upload(null, json, DatasetOrigin.SAMPLE));
                jdbc.sql("update sample_seed set dataset_id = ? where sample_name = ?").params(inserted.id(), name).update();
                return inserted;
            });
            LOG.info("Loaded the sample dataset '{}' as dataset {} ({} participants)", stored.name(), stored.id(),
                    stored.participants());
        } catch (DuplicateKeyException e) {
            LOG.info("The sample dataset was loaded by another instance meanwhile");
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not load the sample dataset {}: {}", sample.resource(), e.getMessage());
        }
    }
}
