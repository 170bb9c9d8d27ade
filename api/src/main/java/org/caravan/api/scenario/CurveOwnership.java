package org.caravan.api.scenario;

import org.caravan.api.security.PathOwnership;
import org.springframework.stereotype.Component;

/** {@code {curveId}} in a path names a budget curve of the caller's organisation, or the request answers 404. */
@Component
class CurveOwnership implements PathOwnership {

    private final CurveStore curves;

    CurveOwnership(CurveStore curves) {
        this.curves = curves;
    }

    @Override
    public String variable() {
        return "curveId";
    }

    @Override
    public void requireVisible(long id) {
        curves.get(id);
    }
}
