package org.caravan.api.sheets;

import org.caravan.data.sheets.InvalidSheetsException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Spreadsheets that cannot be imported answer 400 with a problem detail whose {@code issues} place every problem at
 * its sheet, row and column, with the import's {@code notes} and {@code counts}. Ordered first: the general handler
 * of {@code ApiProblems} would otherwise take this exception as unexpected.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class SheetProblems {

    @ExceptionHandler(InvalidSheetsException.class)
    ResponseEntity<ProblemDetail> invalidSheets(InvalidSheetsException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The spreadsheets have "
                + e.report().problems().size() + " problem(s); nothing was imported. Each issue names its sheet, row and column.");
        problem.setTitle("Invalid spreadsheets");
        problem.setProperty("issues", e.report().problems());
        problem.setProperty("notes", e.report().notes());
        problem.setProperty("counts", e.report().counts());
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
