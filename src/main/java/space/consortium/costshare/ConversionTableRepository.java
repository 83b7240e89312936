package space.consortium.costshare;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import space.consortium.shared.Money;

@Repository
class ConversionTableRepository {

    private final JdbcClient jdbc;

    ConversionTableRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ExchangeRateEntry> rates(@Nullable String currency, @Nullable Integer year) {
        StringBuilder sql = new StringBuilder("select * from exchange_rate where 1 = 1");
        if (currency != null) {
            sql.append(" and currency = :currency");
        }
        if (year != null) {
            sql.append(" and rate_year = :year");
        }
        var spec = jdbc.sql(sql.append(" order by currency, rate_year").toString());
        if (currency != null) {
            spec = spec.param("currency", currency);
        }
        if (year != null) {
            spec = spec.param("year", year);
        }
        return spec.query((rs, row) -> new ExchangeRateEntry(rs.getString("currency"), rs.getInt("rate_year"),
                Money.plain(rs.getBigDecimal("rate")), rs.getString("quote"), rs.getString("source_url"),
                rs.getLong("version"))).list();
    }

    Optional<ExchangeRateEntry> rate(String currency, int year) {
        return rates(currency, year).stream().findFirst();
    }

    void insertRate(String currency, int year, ExchangeRateRequest r) {
        jdbc.sql("""
                        insert into exchange_rate (currency, rate_year, rate, quote, source_url)
                        values (:currency, :year, :rate, :quote, :source)""")
                .param("currency", currency).param("year", year).param("rate", r.rate()).param("quote", r.quote())
                .param("source", r.sourceUrl()).update();
    }

    int updateRate(String currency, int year, long version, ExchangeRateRequest r) {
        return jdbc.sql("""
                        update exchange_rate set rate = :rate, quote = :quote, source_url = :source,
                               version = version + 1
                        where currency = :currency and rate_year = :year and version = :version""")
                .param("currency", currency).param("year", year).param("rate", r.rate()).param("quote", r.quote())
                .param("source", r.sourceUrl()).param("version", version).update();
    }

    /** Removes the rate if it still has the version; the number of rows removed (0: gone or changed meanwhile). */
    int deleteRate(String currency, int year, long version) {
        return jdbc.sql("delete from exchange_rate where currency = :currency and rate_year = :year and version = :version")
                .param("currency", currency).param("year", year).param("version", version).update();
    }

    List<PriceIndexEntry> indexes() {
        return jdbc.sql("select * from price_index order by index_year")
                .query((rs, row) -> new PriceIndexEntry(rs.getInt("index_year"), Money.plain(rs.getBigDecimal("index_value")),
                        rs.getString("source_url"), rs.getLong("version"))).list();
    }

    Optional<PriceIndexEntry> index(int year) {
        return indexes().stream().filter(p -> p.year() == year).findFirst();
    }

    void insertIndex(int year, PriceIndexRequest r) {
        jdbc.sql("insert into price_index (index_year, index_value, source_url) values (:year, :value, :source)")
                .param("year", year).param("value", r.value()).param("source", r.sourceUrl()).update();
    }

    int updateIndex(int year, long version, PriceIndexRequest r) {
        return jdbc.sql("""
                        update price_index set index_value = :value, source_url = :source, version = version + 1
                        where index_year = :year and version = :version""")
                .param("year", year).param("value", r.value()).param("source", r.sourceUrl())
                .param("version", version).update();
    }

    /** Removes the price index if it still has the version; the number of rows removed. */
    int deleteIndex(int year, long version) {
        return jdbc.sql("delete from price_index where index_year = :year and version = :version")
                .param("year", year).param("version", version).update();
    }

    long rateCount() {
        return jdbc.sql("select count(*) from exchange_rate").query(Long.class).single();
    }

    long indexCount() {
        return jdbc.sql("select count(*) from price_index").query(Long.class).single();
    }
}
