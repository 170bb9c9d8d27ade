package org.caravan.api.documents;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.caravan.api.problem.BadRequestException;
import org.caravan.api.problem.NotFoundException;
import org.caravan.api.results.PlanDocuments.PlanInContext;
import org.caravan.api.results.PlanDocuments;
import org.caravan.api.security.Audited;
import org.caravan.data.text.WrittenLanguage;
import org.caravan.documents.TravelDocuments;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

/**
 * What the coordinator sends out for a plan: each brought participant's dossier, the visa invitation letters, a
 * dossier per delegation, everything as one ZIP, and the protocol team's sheet. Built from the stored plan (the best
 * so far while solving) and the dataset as it was solved.
 */
@RestController
@RequestMapping("/api/plans/{planId}")
@Tag(name = "Documents", description = "Participants' dossiers, visa invitation letters and the protocol sheet, as PDF.")
@ApiResponse(responseCode = "400", description = "Unknown language", content = @Content(mediaType = "application/problem+json"))
@ApiResponse(responseCode = "404", description = "No such plan, or no such document in it", content = @Content(mediaType = "application/problem+json"))
@ApiResponse(responseCode = "409", description = "No plan yet (queued, or failed before any plan)",
        content = @Content(mediaType = "application/problem+json"))
public class DocumentsController {

    private static final MediaType PDF = MediaType.APPLICATION_PDF;
    private static final MediaType ZIP = MediaType.parseMediaType("application/zip");

    private final PlanDocuments plans;

    public DocumentsController(PlanDocuments plans) {
        this.plans = plans;
    }

    @GetMapping(path = "/documents", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The plan's documents and their URLs")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PlanDocumentIndex.class)))
    @Audited(personalData = true)
    public PlanDocumentIndex index(@PathVariable long planId) {
        TravelDocuments documents = documents(planId);
        String base = "/api/plans/" + planId;
        return new PlanDocumentIndex(planId,
                documents.participants().stream().map(id -> new PlanDocumentIndex.Link(id, name(documents, id),
                        base + "/dossiers/" + id + ".pdf")).toList(),
                documents.visaLetterParticipants().stream().map(id -> new PlanDocumentIndex.Link(id, name(documents, id),
                        base + "/letters/" + id + ".pdf")).toList(),
                documents.delegations().stream().map(id -> new PlanDocumentIndex.Link(id, id,
                        base + "/delegations/" + id + ".pdf")).toList(),
                base + "/vip.pdf", base + "/documents.zip", documents.participantsWithUnprintableNames());
    }

    @GetMapping(path = "/dossiers/{participantId}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "A participant's dossier: flights in local times, shuttles, hotel, room and roommates, visas, who pays")
    @ApiResponse(responseCode = "200", description = "The dossier", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = "string", format = "binary")))
    @Audited(personalData = true)
    public ResponseEntity<byte[]> dossier(@PathVariable long planId, @PathVariable String participantId,
            @Parameter(description = "fr or en; by default each participant's own language, else the event's") @RequestParam(required = false) String lang) {
        byte[] pdf = documents(planId).dossier(participantId, language(lang)).orElseThrow(() -> new NotFoundException("participantId",
                "Plan " + planId + " does not bring participant '" + participantId + "', so there is no dossier for them."));
        return file(pdf, PDF, "dossier-" + participantId + ".pdf");
    }

    @GetMapping(path = "/letters/{participantId}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "A visa invitation letter, for a brought participant whose journey needs an entry visa they can obtain")
    @ApiResponse(responseCode = "200", description = "The letter", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = "string", format = "binary")))
    @Audited(personalData = true)
    public ResponseEntity<byte[]> letter(@PathVariable long planId, @PathVariable String participantId,
            @Parameter(description = "fr or en; by default the participant's own language, else the event's") @RequestParam(required = false) String lang) {
        byte[] pdf = documents(planId).visaLetter(participantId, language(lang)).orElseThrow(() -> new NotFoundException("participantId",
                "Plan " + planId + " has no visa letter for '" + participantId + "': they are not brought, or need no entry visa."));
        return file(pdf, PDF, "letter-" + participantId + ".pdf");
    }

    @GetMapping(path = "/delegations/{delegation}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "A delegation's dossier: its members on a cover page, then each member's dossier")
    @ApiResponse(responseCode = "200", description = "The delegation's dossier", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = "string", format = "binary")))
    @Audited(personalData = true)
    public ResponseEntity<byte[]> delegation(@PathVariable long planId, @PathVariable String delegation,
            @Parameter(description = "fr or en; by default each member's own language") @RequestParam(required = false) String lang) {
        byte[] pdf = documents(planId).delegationDossier(delegation, language(lang)).orElseThrow(() -> new NotFoundException("delegation",
                "Plan " + planId + " brings nobody of the delegation '" + delegation + "'."));
        return file(pdf, PDF, "delegation-" + delegation + ".pdf");
    }

    @GetMapping(path = "/vip.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The protocol sheet: guests of honour and speakers, their flights, shuttle slots and hotels")
    @ApiResponse(responseCode = "200", description = "The sheet", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = "string", format = "binary")))
    @Audited(personalData = true)
    public ResponseEntity<byte[]> vip(@PathVariable long planId,
            @Parameter(description = "fr or en; the event's language by default") @RequestParam(required = false) String lang) {
        return file(documents(planId).vipSheet(language(lang)), PDF, "vip-plan-" + planId + ".pdf");
    }

    @GetMapping(path = "/documents.zip", produces = "application/zip")
    @Operation(summary = "Every dossier, visa letter and the protocol sheet in one ZIP",
            description = "Named <participant id>.pdf, letter-<participant id>.pdf and vip.pdf.")
    @ApiResponse(responseCode = "200", description = "The ZIP", content = @Content(mediaType = "application/zip",
            schema = @Schema(type = "string", format = "binary")))
    @Audited(personalData = true)
    public ResponseEntity<byte[]> all(@PathVariable long planId,
            @Parameter(description = "fr or en; by default each participant's own language") @RequestParam(required = false) String lang) {
        return file(documents(planId).zip(language(lang)), ZIP, "documents-plan-" + planId + ".zip");
    }

    private TravelDocuments documents(long planId) {
        PlanInContext context = plans.load(planId);
        return new TravelDocuments(context.dataset(), context.plan(), LocalDate.now());
    }

    private static String name(TravelDocuments documents, String id) {
        return documents.facts(id).map(dossier -> dossier.participant().name()).orElse(id);
    }

    private static WrittenLanguage language(String lang) {
        if (lang == null || lang.isBlank()) {
            return null;
        }
        WrittenLanguage language = WrittenLanguage.of(lang);
        if (language == null) {
            throw new BadRequestException("lang", "The language '" + lang + "' is not one documents are written in; use fr or en.");
        }
        return language;
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(filename).build().toString()).body(body);
    }
}
