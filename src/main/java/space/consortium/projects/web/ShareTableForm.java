package space.consortium.projects.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import space.consortium.projects.ShareTable;
import space.consortium.projects.ShareTableRequest;

/** What the share-table form posts: a {@link ShareTableRequest} with its entries as rows. */
public class ShareTableForm {

    private @Nullable String name;
    private @Nullable String sourceUrl;
    private @Nullable Long version;
    private List<Row> entries = new ArrayList<>();

    /** One partner's share, in percent. */
    public static class Row {
        private @Nullable String partnerId;
        private @Nullable BigDecimal percent;

        public @Nullable String getPartnerId() {
            return partnerId;
        }

        public void setPartnerId(@Nullable String partnerId) {
            this.partnerId = partnerId;
        }

        public @Nullable BigDecimal getPercent() {
            return percent;
        }

        public void setPercent(@Nullable BigDecimal percent) {
            this.percent = percent;
        }
    }

    static ShareTableForm of(ShareTable t) {
        ShareTableForm form = new ShareTableForm();
        form.name = t.name();
        form.sourceUrl = t.sourceUrl();
        form.version = t.version();
        for (ShareTable.Entry e : t.entries()) {
            Row row = new Row();
            row.partnerId = e.partnerId();
            row.percent = e.percent();
            form.entries.add(row);
        }
        return form;
    }

    ShareTableRequest toRequest(String projectId) {
        List<ShareTableRequest.Entry> rows = entries.stream()
                .map(r -> new ShareTableRequest.Entry(r.partnerId == null ? "" : r.partnerId.trim(), r.percent)).toList();
        return new ShareTableRequest(projectId, name == null ? "" : name.trim(), rows,
                sourceUrl == null ? "" : sourceUrl.trim(), version);
    }

    static String fieldOf(String requestField) {
        if (requestField.matches("entries\\[\\d+]\\.(partnerId|percent)")) {
            return requestField;
        }
        return switch (requestField) {
            case "name", "sourceUrl" -> requestField;
            default -> "";
        };
    }

    public @Nullable String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name;
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

    public List<Row> getEntries() {
        return entries;
    }

    public void setEntries(List<Row> entries) {
        this.entries = entries;
    }
}
