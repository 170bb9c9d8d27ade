package org.caravan.api.dataset;

/** What made a dataset version. */
public enum DatasetOrigin {
    /** A caravan-dataset/1 document posted by a planner: the first upload, or a full new version. */
    UPLOAD,
    /** Read from a spreadsheet. */
    IMPORT,
    /** Late changes applied to an earlier version. */
    CHANGES,
    /** The bundled sample, loaded on first start. */
    SAMPLE
}
