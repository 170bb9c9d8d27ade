package org.caravan.api.dataset;

import org.caravan.api.problem.BadRequestException;
import org.caravan.api.problem.ConflictException;
import org.caravan.api.problem.NotFoundException;
import org.caravan.api.security.OrganisationScope;
import org.caravan.data.dataset.Dataset;
import org.caravan.data.json.CaravanJson;
import org.caravan.data.validation.ValidDataset;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.List;
import java.util.Optional;

/**
 * Stored datasets and their versions, for the REST API and for the features that make new versions (late changes,
 * spreadsheet imports, scenarios). Whatever is stored went through the loader first, so every stored version is valid;
 * {@link #valid} gives it back in that form without reading it again while it is in memory.
 *
 * <p>Every look-up here answers only the caller's organisation's datasets ({@link OrganisationScope}): another
 * organisation's dataset is "no such dataset" (404), and so is everything reached through it.
 */
@Service
public class Datasets {

    private static final int MAX_NAME = 500;

    private final DatasetStore store;
    private final ValidDatasets valid;
    private final List<DatasetUse> uses;

    Datasets(DatasetStore store, ValidDatasets valid, List<DatasetUse> uses) {
        this.store = store;
        this.valid = valid;
        this.uses = uses;
    }

    /** Stores a new dataset, version 1, under {@code name} (the event's name when blank). */
    @Transactional
    public DatasetSummary upload(String name, String json, DatasetOrigin origin) {
        ValidDataset read = valid.read(requireText(json));
        Dataset dataset = read.dataset();
        String listedAs = name != null && !name.isBlank() ? name.strip()
                : dataset.event() != null && dataset.event().name() != null ? dataset.event().name() : "dataset";
        if (listedAs.length() > MAX_NAME) {
            throw new BadRequestException("name", "The name is longer than " + MAX_NAME + " characters.");
        }
        DatasetSummary stored = store.insert(OrganisationScope.organisation(), listedAs, dataset, json, origin,
                OrganisationScope.actor().display());
        remember(new DatasetVersionId(stored.id(), 1), read);
        return stored;
    }

    /** A full dataset document as the next version, made from the latest one. */
    @Transactional
    public DatasetVersionSummary addVersion(long datasetId, String json, DatasetOrigin origin) {
        ValidDataset dataset = valid.read(requireText(json));
        int latest = lock(datasetId);
        return add(new DatasetVersionId(datasetId, latest + 1), latest, dataset, json, origin);
    }

    /**
     * A dataset made by the service (late changes applied, a spreadsheet read) as the next version, made from
     * {@code parentVersion}. It is validated like an upload: an invalid one throws with every problem and stores nothing.
     */
    @Transactional
    public DatasetVersionSummary addVersion(long datasetId, int parentVersion, Dataset dataset, DatasetOrigin origin) {
        String json = CaravanJson.toJson(dataset);
        ValidDataset checked = valid.read(json);
        int latest = lock(datasetId);
        if (parentVersion < 1 || parentVersion > latest) {
            throw new IllegalArgumentException("Dataset " + datasetId + " has no version " + parentVersion
                    + " to make a new version from (latest " + latest + ").");
        }
        return add(new DatasetVersionId(datasetId, latest + 1), parentVersion, checked, json, origin);
    }

    private DatasetVersionSummary add(DatasetVersionId id, int parent, ValidDataset dataset, String json,
            DatasetOrigin origin) {
        DatasetVersionSummary added = store.addVersion(id, parent, dataset.dataset(), json, origin,
                OrganisationScope.actor().display());
        remember(id, dataset);
        return added;
    }

    /** Keeps what was just validated, once it is stored for good: a rolled-back version must not be served. */
    private void remember(DatasetVersionId id, ValidDataset dataset) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                valid.put(id, dataset);
            }
        });
    }

    /**
     * Locks the dataset for the rest of the caller's transaction, so that it is not deleted meanwhile, and names the
     * version to use: {@code version}, or the latest when null. 404 for an unknown dataset, 400 for an unknown version.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public DatasetVersionId lockVersion(long datasetId, Integer version, String versionField) {
        int latest = lock(datasetId);
        if (version == null) {
            return new DatasetVersionId(datasetId, latest);
        }
        if (version < 1 || version > latest) {
            throw new BadRequestException(versionField, "Dataset " + datasetId + " has no version " + version
                    + "; its versions are 1 to " + latest + ".");
        }
        return new DatasetVersionId(datasetId, version);
    }

    private int lock(long datasetId) {
        DatasetStore.Locked locked = store.lockLatest(datasetId).orElseThrow(() -> notFound(datasetId));
        OrganisationScope.require(locked.organisationId(), () -> notFound(datasetId));
        return locked.latestVersion();
    }

    /**
     * The organisation check of every look-up by id: the dataset exists and the caller sees it. Returns how often
     * its personal data was erased, which tells whether a version in memory is still good.
     */
    private int visible(long datasetId) {
        DatasetStore.Owner owner = store.owner(datasetId).orElseThrow(() -> notFound(datasetId));
        OrganisationScope.require(owner.organisationId(), () -> notFound(datasetId));
        return owner.erasures();
    }

    /** Throws 404 unless the dataset exists and belongs to the caller's organisation. */
    public void requireVisible(long datasetId) {
        visible(datasetId);
    }

    /** The valid form of a stored version; 404 when the dataset (or that version) is gone. */
    public ValidDataset valid(DatasetVersionId id) {
        return valid.get(id, visible(id.datasetId())).orElseThrow(() -> notFound(id));
    }

    /** The caller's organisation's datasets. */
    public List<DatasetSummary> list() {
        return store.list(OrganisationScope.listed());
    }

    public DatasetSummary get(long datasetId) {
        visible(datasetId);
        return store.find(datasetId).orElseThrow(() -> notFound(datasetId));
    }

    public List<DatasetVersionSummary> versions(long datasetId) {
        get(datasetId);
        return store.versions(datasetId);
    }

    public DatasetVersionSummary version(DatasetVersionId id) {
        visible(id.datasetId());
        return store.version(id).orElseThrow(() -> notFound(id));
    }

    /** The latest version's document as posted. */
    public String json(long datasetId) {
        return json(new DatasetVersionId(datasetId, get(datasetId).latestVersion()));
    }

    public String json(DatasetVersionId id) {
        visible(id.datasetId());
        return store.content(id).orElseThrow(() -> notFound(id));
    }

    /**
     * Deletes the dataset with its versions and plans, unless something still uses it (409). Under the dataset's
     * lock, so of concurrent deletes one succeeds and the others find nothing (404), and a solve being started either
     * comes first (409 here) or finds no dataset.
     */
    @Transactional
    public void delete(long datasetId) {
        lock(datasetId);
        for (DatasetUse use : uses) {
            Optional<String> why = use.blocksDeletion(datasetId);
            if (why.isPresent()) {
                throw new ConflictException(why.get());
            }
        }
        if (!store.delete(datasetId)) {
            throw notFound(datasetId);
        }
        valid.evict(datasetId);
    }

    /**
     * Erases a participant's personal data from every version of the dataset (see {@link ParticipantErasure} for
     * what is replaced), under the dataset's lock; 404 when no version has the participant. Returns how many
     * versions had them.
     */
    @Transactional
    public int eraseParticipant(long datasetId, String participantId) {
        lock(datasetId);
        int erased = 0;
        for (DatasetStore.DatasetVersionContent version : store.contents(datasetId)) {
            java.util.Optional<String> rewritten = ParticipantErasure.erase(version.json(), participantId);
            if (rewritten.isPresent()) {
                store.rewrite(version.id(), rewritten.get());
                erased++;
            }
        }
        if (erased == 0) {
            throw new NotFoundException("participantId", "Dataset " + datasetId + " has no participant with id '"
                    + participantId + "' in any version.");
        }
        store.countErasure(datasetId);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                valid.evict(datasetId);
            }
        });
        valid.evict(datasetId);
        return erased;
    }

    private static String requireText(String json) {
        if (json == null || json.isBlank()) {
            throw new BadRequestException("$", "The request body is empty; send a caravan-dataset/1 document.");
        }
        return json;
    }

    static NotFoundException notFound(long datasetId) {
        return new NotFoundException("datasetId", "There is no dataset with id " + datasetId + ".");
    }

    private NotFoundException notFound(DatasetVersionId id) {
        get(id.datasetId());
        return new NotFoundException("version", "Dataset " + id.datasetId() + " has no version " + id.version() + ".");
    }
}
