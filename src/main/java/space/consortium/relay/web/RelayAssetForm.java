package space.consortium.relay.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import space.consortium.relay.RelayAssetRequest;
import space.consortium.relay.RelayRequest;
import space.consortium.shared.FormProblems;

/**
 * What the relay asset form posts: the fields of {@link RelayAssetRequest} as typed (text), the elements flattened.
 * {@link #toRequest} is the one mapping to the request the API takes; the rules and messages are the service's. A
 * number or an epoch that cannot be read is named at its field; blank fields are left out.
 */
public class RelayAssetForm {

    private @Nullable String id;
    private @Nullable String name;
    private @Nullable String kind;
    private @Nullable String owner;
    private @Nullable String status;
    private @Nullable String statusSourceUrl;
    private @Nullable String semiMajorAxisKm;
    private @Nullable String e;
    private @Nullable String inclinationDeg;
    private @Nullable String raanDeg;
    private @Nullable String argPeriapsisDeg;
    private @Nullable String meanAnomalyDeg;
    private @Nullable String epoch;
    private @Nullable String elementsKind;
    private @Nullable String radio;
    private @Nullable String latDeg;
    private @Nullable String lonDeg;
    private @Nullable String altKm;
    private @Nullable String demandMbitPerSol;
    private @Nullable String priority;
    private @Nullable String notes;
    private @Nullable String sourceUrl;
    private @Nullable Long version;

    /** The form filled with a stored asset, for editing. */
    static RelayAssetForm of(RelayAssetRequest a) {
        RelayAssetForm f = new RelayAssetForm();
        f.id = a.id();
        f.name = a.name();
        f.kind = a.kind();
        f.owner = a.owner();
        f.status = a.status();
        f.statusSourceUrl = a.statusSourceUrl();
        RelayRequest.Elements e = a.elements();
        if (e != null) {
            f.semiMajorAxisKm = text(e.aKm());
            f.e = text(e.e());
            f.inclinationDeg = text(e.iDeg());
            f.raanDeg = text(e.raanDeg());
            f.argPeriapsisDeg = text(e.argPeriapsisDeg());
            f.meanAnomalyDeg = text(e.meanAnomalyDeg());
            f.epoch = e.epoch() == null ? null : e.epoch().toString();
            f.elementsKind = e.kind();
        }
        f.radio = a.radio();
        f.latDeg = text(a.latDeg());
        f.lonDeg = text(a.lonDeg());
        f.altKm = text(a.altKm());
        f.demandMbitPerSol = text(a.demandMbitPerSol());
        f.priority = text(a.priority());
        f.notes = a.notes();
        f.sourceUrl = a.sourceUrl();
        f.version = a.version();
        return f;
    }

    /**
     * The request the API would take; a number or date that cannot be read is added to {@code problems} under its
     * form field (and left out of the request).
     */
    RelayAssetRequest toRequest(FormProblems problems) {
        boolean orbit = blank(semiMajorAxisKm) && blank(e) && blank(inclinationDeg) && blank(raanDeg) && blank(argPeriapsisDeg)
                && blank(meanAnomalyDeg) && blank(epoch) && blank(elementsKind);
        RelayRequest.Elements elements = orbit ? null : new RelayRequest.Elements(number(semiMajorAxisKm, "semiMajorAxisKm", problems),
                number(e, "e", problems), number(inclinationDeg, "inclinationDeg", problems), number(raanDeg, "raanDeg", problems),
                number(argPeriapsisDeg, "argPeriapsisDeg", problems),
                number(meanAnomalyDeg, "meanAnomalyDeg", problems), instant(epoch, problems), clean(elementsKind));
        return new RelayAssetRequest(clean(id), clean(name), clean(kind), clean(owner), clean(status),
                clean(statusSourceUrl), elements, clean(radio), number(latDeg, "latDeg", problems),
                number(lonDeg, "lonDeg", problems), number(altKm, "altKm", problems),
                number(demandMbitPerSol, "demandMbitPerSol", problems), number(priority, "priority", problems),
                clean(notes), clean(sourceUrl), version);
    }

    /** The form field showing a request field's problem ("" for a problem of the whole form). */
    static String fieldOf(String requestField) {
        return switch (requestField) {
            case "elements", "elements.aKm" -> "semiMajorAxisKm";
            case "elements.iDeg" -> "inclinationDeg";
            case "elements.kind" -> "elementsKind";
            case "version", "body", "" -> "";
            default -> requestField.startsWith("elements.") ? requestField.substring("elements.".length())
                    : requestField;
        };
    }

    private static @Nullable Double number(@Nullable String text, String field, FormProblems problems) {
        if (blank(text)) {
            return null;
        }
        try {
            double value = Double.parseDouble(text.trim().replace('−', '-'));
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // named below
        }
        problems.add(field, "must be a number, such as 180 or 1.5 (not '" + text.trim() + "')");
        return null;
    }

    private static @Nullable Instant instant(@Nullable String text, FormProblems problems) {
        if (blank(text)) {
            return null;
        }
        String t = text.trim();
        try {
            return t.length() == 10 ? LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(t);
        } catch (DateTimeParseException ex) {
            problems.add("epoch", "must be a UTC time such as 2026-01-01T00:00:00Z, or a date (not '" + t + "')");
            return null;
        }
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }

    private static @Nullable String clean(@Nullable String s) {
        return blank(s) ? null : s.trim();
    }

    private static @Nullable String text(@Nullable Double d) {
        if (d == null) {
            return null;
        }
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf(d.longValue())
                : String.format(Locale.ROOT, "%s", d);
    }

    public @Nullable String getId() {
        return id;
    }

    public void setId(@Nullable String id) {
        this.id = id;
    }

    public @Nullable String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name;
    }

    public @Nullable String getKind() {
        return kind;
    }

    public void setKind(@Nullable String kind) {
        this.kind = kind;
    }

    public @Nullable String getOwner() {
        return owner;
    }

    public void setOwner(@Nullable String owner) {
        this.owner = owner;
    }

    public @Nullable String getStatus() {
        return status;
    }

    public void setStatus(@Nullable String status) {
        this.status = status;
    }

    public @Nullable String getStatusSourceUrl() {
        return statusSourceUrl;
    }

    public void setStatusSourceUrl(@Nullable String statusSourceUrl) {
        this.statusSourceUrl = statusSourceUrl;
    }

    public @Nullable String getSemiMajorAxisKm() {
        return semiMajorAxisKm;
    }

    public void setSemiMajorAxisKm(@Nullable String semiMajorAxisKm) {
        this.semiMajorAxisKm = semiMajorAxisKm;
    }

    public @Nullable String getE() {
        return e;
    }

    public void setE(@Nullable String e) {
        this.e = e;
    }

    public @Nullable String getInclinationDeg() {
        return inclinationDeg;
    }

    public void setInclinationDeg(@Nullable String inclinationDeg) {
        this.inclinationDeg = inclinationDeg;
    }

    public @Nullable String getRaanDeg() {
        return raanDeg;
    }

    public void setRaanDeg(@Nullable String raanDeg) {
        this.raanDeg = raanDeg;
    }

    public @Nullable String getArgPeriapsisDeg() {
        return argPeriapsisDeg;
    }

    public void setArgPeriapsisDeg(@Nullable String argPeriapsisDeg) {
        this.argPeriapsisDeg = argPeriapsisDeg;
    }

    public @Nullable String getMeanAnomalyDeg() {
        return meanAnomalyDeg;
    }

    public void setMeanAnomalyDeg(@Nullable String meanAnomalyDeg) {
        this.meanAnomalyDeg = meanAnomalyDeg;
    }

    public @Nullable String getEpoch() {
        return epoch;
    }

    public void setEpoch(@Nullable String epoch) {
        this.epoch = epoch;
    }

    public @Nullable String getElementsKind() {
        return elementsKind;
    }

    public void setElementsKind(@Nullable String elementsKind) {
        this.elementsKind = elementsKind;
    }

    public @Nullable String getRadio() {
        return radio;
    }

    public void setRadio(@Nullable String radio) {
        this.radio = radio;
    }

    public @Nullable String getLatDeg() {
        return latDeg;
    }

    public void setLatDeg(@Nullable String latDeg) {
        this.latDeg = latDeg;
    }

    public @Nullable String getLonDeg() {
        return lonDeg;
    }

    public void setLonDeg(@Nullable String lonDeg) {
        this.lonDeg = lonDeg;
    }

    public @Nullable String getAltKm() {
        return altKm;
    }

    public void setAltKm(@Nullable String altKm) {
        this.altKm = altKm;
    }

    public @Nullable String getDemandMbitPerSol() {
        return demandMbitPerSol;
    }

    public void setDemandMbitPerSol(@Nullable String demandMbitPerSol) {
        this.demandMbitPerSol = demandMbitPerSol;
    }

    public @Nullable String getPriority() {
        return priority;
    }

    public void setPriority(@Nullable String priority) {
        this.priority = priority;
    }

    public @Nullable String getNotes() {
        return notes;
    }

    public void setNotes(@Nullable String notes) {
        this.notes = notes;
    }

    public @Nullable String getSourceUrl() {
        return sourceUrl;
    }

    public void setSourceUrl(@Nullable String sourceUrl) {
        this.sourceUrl = sourceUrl;
    }

    public @Nullable Long getVersion() {
        return version;
    }

    public void setVersion(@Nullable Long version) {
        this.version = version;
    }
}
