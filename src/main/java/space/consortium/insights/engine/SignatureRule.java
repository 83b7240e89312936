package space.consortium.insights.engine;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Signature claims: each named country or partner must be a party of the agreement, signed within the date
 * constraint. A country also matches a party that is one of its agencies, and a partner its government's party (the
 * Accords and the IGA are signed by governments); the caveats say when that was used.
 */
final class SignatureRule {

    static final String RULE = "signature: the agreement's party rows; each named country (or partner) must be a party, "
            + "signed within the date given (a country matches its agencies' rows, a partner its country's row)";

    private SignatureRule() {
    }

    /** How one signer came out. */
    enum Found { SIGNED, UNDECIDED, OUTSIDE_DATE, NOT_A_PARTY }

    static Verdict check(ClaimSubject.Signature s, Facts facts) {
        Optional<Facts.AgreementFact> found = facts.agreement(s.agreement());
        if (found.isEmpty()) {
            return Verdict.notComputable(RULE, "no agreement '" + s.agreement() + "' in the registry");
        }
        Facts.AgreementFact agreement = found.get();
        List<EvidenceRow> evidence = new ArrayList<>(List.of(Rows.agreement(agreement)));
        List<String> caveats = new ArrayList<>();
        List<String> answers = new ArrayList<>();
        List<Found> outcomes = new ArrayList<>();
        List<Signer> signers = new ArrayList<>();
        if (s.partner() != null) {
            Optional<Facts.PartnerFact> partner = facts.partner(s.partner());
            if (partner.isEmpty()) {
                return Verdict.notComputable(RULE, "no partner '" + s.partner() + "' in the registry", List.of(),
                        evidence);
            }
            signers.add(new Signer(partner.get().name(), s.partner(), Rows.isoCountry(partner.get()).orElse(null)));
        }
        for (String country : s.countries()) {
            signers.add(new Signer(country.toUpperCase(Locale.ROOT), null, country.toUpperCase(Locale.ROOT)));
        }
        for (Signer signer : signers) {
            List<Facts.Party> parties = agreement.parties().stream().filter(p -> signer.matches(p, facts)).toList();
            if (parties.isEmpty()) {
                outcomes.add(Found.NOT_A_PARTY);
                answers.add(signer.name + ": not a party");
                continue;
            }
            Facts.Party best = parties.get(0);
            Found outcome = Found.NOT_A_PARTY;
            for (Facts.Party p : parties) {
                evidence.add(Rows.party(agreement, p));
                if (signer.partner != null && !signer.partner.equals(p.partnerId())) {
                    caveats.add(signer.name + " matched through the party row of its country " + p.name());
                } else if (signer.partner == null && p.countryCode() == null) {
                    caveats.add(signer.name + " matched through the party row of its agency " + p.name());
                }
                Found f = within(p.signed() != null ? p.signed() : agreement.signedOn(), s.when());
                if (f.ordinal() < outcome.ordinal()) {
                    outcome = f;
                    best = p;
                }
            }
            outcomes.add(outcome);
            String date = best.signed() != null ? best.signed() : agreement.signedOn();
            answers.add(signer.name + ": signed " + (date == null ? "(date not recorded)" : date));
        }
        String computed = String.join("; ", answers);
        if (outcomes.contains(Found.NOT_A_PARTY) || outcomes.contains(Found.OUTSIDE_DATE)) {
            if (outcomes.contains(Found.NOT_A_PARTY)) {
                caveats.add("'Not a party' means no party row in the registry's " + agreement.parties().size()
                        + " rows of the " + agreement.title() + latest(agreement) + ".");
            }
            return new Verdict(Verdict.Outcome.CONTRADICTED, null, computed, RULE, null, caveats, evidence);
        }
        if (outcomes.contains(Found.UNDECIDED)) {
            return new Verdict(Verdict.Outcome.NOT_COMPUTABLE, null, computed, RULE,
                    "the registry does not hold the signature date precisely enough for" + s.when().describe()
                            + " (only the month, or no date)", caveats, evidence);
        }
        return new Verdict(Verdict.Outcome.SUPPORTED, null, computed, RULE, null, caveats, evidence);
    }

    private static String latest(Facts.AgreementFact agreement) {
        return agreement.parties().stream().map(Facts.Party::signed).filter(java.util.Objects::nonNull)
                .max(String::compareTo).map(d -> ", the latest signed " + d).orElse("");
    }

    /** Whether a date ({@code YYYY-MM-DD} or {@code YYYY-MM}, or null) meets the constraint. */
    static Found within(@Nullable String signed, ClaimSubject.When when) {
        if (when.any()) {
            return Found.SIGNED;
        }
        if (signed == null) {
            return Found.UNDECIDED;
        }
        boolean monthOnly = signed.length() == 7;
        YearMonth month = YearMonth.parse(signed.substring(0, 7));
        if (when.year() != null) {
            return month.getYear() == when.year() ? Found.SIGNED : Found.OUTSIDE_DATE;
        }
        if (!monthOnly) {
            LocalDate day = LocalDate.parse(signed);
            if (when.on() != null) {
                return day.equals(when.on()) ? Found.SIGNED : Found.OUTSIDE_DATE;
            }
            return day.isBefore(when.before()) ? Found.SIGNED : Found.OUTSIDE_DATE;
        }
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        if (when.on() != null) {
            return YearMonth.from(when.on()).equals(month) ? Found.UNDECIDED : Found.OUTSIDE_DATE;
        }
        if (last.isBefore(when.before())) {
            return Found.SIGNED;
        }
        return first.isBefore(when.before()) ? Found.UNDECIDED : Found.OUTSIDE_DATE;
    }

    /** A country or partner named by the claim. */
    private record Signer(String name, @Nullable String partner, @Nullable String country) {

        boolean matches(Facts.Party p, Facts facts) {
            if (partner != null && partner.equals(p.partnerId())) {
                return true;
            }
            if (country == null) {
                return false;
            }
            if (p.countryCode() != null && p.countryCode().equalsIgnoreCase(country)) {
                return true;
            }
            return partner == null && p.partnerId() != null
                    && facts.partner(p.partnerId()).flatMap(Rows::isoCountry).filter(country::equals).isPresent();
        }
    }
}
