package org.caravan.documents;

import org.caravan.data.dataset.Dataset;
import org.caravan.data.dataset.Event;
import org.caravan.data.generate.FlagshipSample;
import org.caravan.data.text.WrittenLanguage;
import org.caravan.data.validation.DatasetValidator;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

class TravelDocumentsTest {

    private static final String ARABIC = "أحمد عبد الرحمن";
    private static final String CYRILLIC = "Батбаяр Өлзийсайхан";
    private final TravelDocuments documents = Summit.documents();

    @Test
    void aDossierNamesTheParticipantEverySegmentTheHotelAndTheRoommates() {
        String text = PdfText.flat(documents.dossier("p1", null).orElseThrow());

        assertThat(text).contains(ARABIC, "Travel dossier", "Speaker", "Egyptian Initiative for Water Rights");
        assertThat(text).contains("MS 843", "TU 745", "TU 746", "MS 844");
        assertThat(text).contains("Cairo (CAI)", "Tunis (TUN)", "Djerba (DJE)");
        assertThat(text).contains("Tue 24 Mar 10:00", "Africa/Cairo, UTC+02:00", "Tue 24 Mar 16:00", "Africa/Tunis, UTC+01:00");
        assertThat(text).contains("Connection at Tunis (TUN): 2 h 50 min to wait.");
        assertThat(text).contains("Hôtel Ulysse", "★★★★", "(4 stars)", "Zone touristique, Midoun, Djerba, Tunisie");
        assertThat(text).contains("Room h1-101 (TWIN)", "5 nights: check-in Tuesday 24 March 2026, check-out Sunday 29 March 2026.");
        assertThat(text).as("roommates by name and id, as everywhere").contains("Sharing the room with: " + CYRILLIC + " (p2).");
        assertThat(text).contains("shuttle slot 16:00 to 18:00 on Tue 24 Mar, for flight TU 745 landing at 16:00");
        assertThat(text).contains("shuttle slot 08:00 to 10:00 on Sun 29 Mar, for flight TU 746 taking off at 09:00");
        assertThat(text).contains("Entry visa for Tunisia: TN-VISA, fee €60.00 (passport: Egypt).",
                "An invitation letter for the consulate comes with this dossier.");
        assertThat(text).contains("Your travel and stay are paid by Fondation Solidarité Sahel.");
        assertThat(text).contains("Réseau Société Civile Sahel-Méditerranée", "delegations@sahel-med.example", "+216 71 000 000");
    }

    @Test
    void anArabicAndACyrillicNameComeOutAsTheSameCharacters() {
        String arabicDossier = PdfText.text(documents.dossier("p1", null).orElseThrow());
        String cyrillicDossier = PdfText.text(documents.dossier("p2", null).orElseThrow());

        assertThat(lines(arabicDossier)).contains(ARABIC);
        assertThat(lines(cyrillicDossier)).contains(CYRILLIC);
        assertThat(cyrillicDossier.replaceAll("\\s+", " ")).contains("Vous partagez la chambre avec : " + ARABIC + " (p1).");
        assertThat(PdfText.flat(documents.visaLetter("p1", null).orElseThrow())).contains(ARABIC);
    }

    @Test
    void anArabicNameIsDrawnJoinedAndFromRightToLeft() {
        List<PdfText.Glyph> glyphs = PdfText.glyphs(documents.dossier("p1", null).orElseThrow());
        List<PdfText.Glyph> title = glyphs.stream().filter(glyph -> isArabic(glyph.unicode())).toList().subList(0, 13);

        // Joined: each letter is drawn in its contextual form (Arabic presentation forms), not as an isolated letter.
        assertThat(title).allSatisfy(glyph -> assertThat(glyph.unicode().codePointAt(0)).isBetween(0xFB50, 0xFEFF));
        // Right to left: the name's first letter, alef with hamza above, is the rightmost glyph of its word.
        PdfText.Glyph alef = title.stream().filter(glyph -> base(glyph.unicode()).equals("أ")).findFirst().orElseThrow();
        PdfText.Glyph dal = title.stream().filter(glyph -> base(glyph.unicode()).equals("د") && glyph.y() == alef.y())
                .findFirst().orElseThrow();
        assertThat(alef.x()).isGreaterThan(dal.x());
    }

    @Test
    void aDossierComesInTheParticipantsLanguageUnlessThePlannerChoosesOne() {
        assertThat(PdfText.flat(documents.dossier("p2", null).orElseThrow())).contains("Dossier de voyage", "Votre voyage",
                "Correspondance à Istanbul (IST) : 19 h 30 min d'attente.", "Visa d'entrée, Tunisie : TN-VISA");
        assertThat(PdfText.flat(documents.dossier("p2", WrittenLanguage.EN).orElseThrow())).contains("Travel dossier");
        assertThat(PdfText.flat(documents.dossier("p3", null).orElseThrow())).as("the event's language")
                .contains("Travel dossier", "Airport transit visa for France: SCHENGEN", "You pay for your own travel and stay.",
                        "You have the room to yourself.");
    }

    @Test
    void aGroundTravellerWithoutARoomIsToldSo() {
        String text = PdfText.flat(documents.dossier("p4", null).orElseThrow());

        assertThat(text).contains("Amina Ben Salah", "You come by your own means.",
                "Arrival: Wed 25 Mar 08:30. Departure: Sat 28 Mar 19:00 (local time in Africa/Tunis).",
                "No room is booked for you.", "Your journey needs no visa (passport: Tunisia).",
                "Your travel and stay are paid by the organisers.");
        assertThat(documents.dossier("p5", null)).as("not brought").isEmpty();
    }

    @Test
    void visaLettersGoToThoseWhoNeedAnEntryVisaTheyCanObtain() {
        assertThat(documents.visaLetterParticipants()).containsExactly("p1", "p2");
        assertThat(documents.visaLetter("p3", null)).as("a transit visa needs no invitation").isEmpty();
    }

    @Test
    void aLetterNamesTheParticipantNationalityEventStayHotelPayerAndSignatory() {
        String text = PdfText.flat(documents.visaLetter("p1", null).orElseThrow());

        assertThat(text).contains("To the consular section", "Embassy or consulate of Tunisia", "2 March 2026");
        assertThat(text).contains("Subject: invitation letter in support of an application for an entry visa (TN-VISA) for Mr " + ARABIC);
        assertThat(text).contains("a national of Egypt", "Djerba Civil-Society Summit 2026",
                "from 25 March 2026 to 28 March 2026");
        assertThat(text).contains("Egypt (EG)", "Egyptian Initiative for Water Rights", "Speaker");
        assertThat(text).contains("24 March 2026, flight TU 745 from Tunis (TUN)", "29 March 2026, flight TU 746 to Tunis (TUN)");
        assertThat(text).contains("Hôtel Ulysse, Zone touristique, Midoun, Djerba, Tunisie, from 24 March 2026 to 29 March 2026");
        assertThat(text).contains("Travel, accommodation and visa fees are covered by Fondation Solidarité Sahel.");
        assertThat(text).contains("Leïla Ben Youssef", "Directrice exécutive");
    }

    @Test
    void aFrenchLetterSpeaksFrench() {
        String text = PdfText.flat(documents.visaLetter("p2", null).orElseThrow());

        assertThat(text).contains("À l'attention de la section consulaire", "Ambassade ou consulat de Tunisie", "Le 2 mars 2026");
        assertThat(text).contains("M. " + CYRILLIC + ", ressortissant de Mongolie", "Madame, Monsieur,");
        assertThat(text).contains("Les frais de voyage, d'hébergement et de visa sont pris en charge par les organisateurs.");
        assertThat(text).contains("Veuillez agréer, Madame, Monsieur, l'expression de notre haute considération.");
    }

    @Test
    void withoutAnOrganiserTheCommitteeSigns() {
        Event event = Summit.DATASET.event();
        Dataset anonymous = new Dataset(Summit.DATASET.format(), new Event(event.name(), event.timeZone(), event.currency(),
                event.venue(), event.firstDay(), event.lastDay(), event.arrivalWindow(), event.departureWindow(), null, null),
                Summit.DATASET.budget(), Summit.DATASET.policy(), Summit.DATASET.airports(), Summit.DATASET.participants(),
                Summit.DATASET.hotels(), Summit.DATASET.flights(), Summit.DATASET.visaRules());

        String text = PdfText.flat(new TravelDocuments(DatasetValidator.valid(anonymous), Summit.PLAN, Summit.MADE_ON).visaLetter("p1", null).orElseThrow());

        assertThat(text).contains("The organising committee of Djerba Civil-Society Summit 2026 has the pleasure of inviting",
                "For the organising committee");
    }

    @Test
    void theVipSheetListsGuestsOfHonourAndSpeakersWithTheirSlotsAndHotel() {
        String text = PdfText.flat(documents.vipSheet(null));

        assertThat(text).contains("Protocol: guests of honour and speakers", ARABIC, "Ndèye Fàtu Ñaŋ");
        assertThat(text).doesNotContain(CYRILLIC, "Amina Ben Salah");
        assertThat(text).contains("TU 745", "BJ 330", "16:00–18:00", "Hôtel Ulysse ★★★★", "h1-102");
    }

    @Test
    void aDelegationsDossierHoldsEveryMember() {
        byte[] pdf = documents.delegationDossier("nile", null).orElseThrow();

        assertThat(PdfText.flat(pdf)).contains("Delegation nile", "2 members", ARABIC, CYRILLIC, "Dossier de voyage", "Travel dossier");
        assertThat(PdfText.pages(pdf)).isGreaterThanOrEqualTo(3);
    }

    @Test
    void allDocumentsInOneZipNamedByParticipantId() throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(documents.zip(null)))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
            }
        }

        assertThat(names).containsExactly("p1.pdf", "p2.pdf", "p3.pdf", "p4.pdf", "letter-p1.pdf", "letter-p2.pdf", "vip.pdf");
    }

    @Test
    void theEmbeddedFontWritesEveryFlagshipNameAndFlagsOneItCannot() {
        Dataset flagship = FlagshipSample.dataset();

        assertThat(flagship.participants()).allSatisfy(participant -> assertThat(Pdf.covers(participant.name())).as(participant.name()).isTrue());
        assertThat(Pdf.covers(ARABIC + " " + CYRILLIC + " Ndèye Fàtu Ñaŋ Sëriñ Mbàkke")).isTrue();
        assertThat(Pdf.covers("王秀英")).isFalse();
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).toList();
    }

    private static boolean isArabic(String text) {
        return !text.isEmpty() && Character.UnicodeScript.of(text.codePointAt(0)) == Character.UnicodeScript.ARABIC;
    }

    private static String base(String presentationForm) {
        return Normalizer.normalize(presentationForm, Normalizer.Form.NFKC);
    }
}
