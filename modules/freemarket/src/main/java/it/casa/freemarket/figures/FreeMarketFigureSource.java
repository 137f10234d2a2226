package it.casa.freemarket.figures;

import java.util.List;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import it.casa.monitoring.FigureScope;
import it.casa.monitoring.FigureSection;
import it.casa.monitoring.FigureTable;
import it.casa.monitoring.FigureWords;
import it.casa.monitoring.SourceFigures;

/**
 * Free Market's figures in Monitoring: the offers on the market and those let, by municipality. The offers are
 * district data already (docs/adr/0026), so the source counts the offers table itself, in the district context the
 * service reads in; no projection is needed. The figures are a snapshot of today, not of the query's period, and go to
 * the dashboard and the agency's own exports only.
 */
@Component
@Order(300)
class FreeMarketFigureSource implements it.casa.monitoring.FigureSource {

	private final JdbcTemplate jdbc;

	FreeMarketFigureSource(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String module() {
		return "freemarket";
	}

	@Override
	public Map<String, Class<?>> dashboardParts() {
		return Map.of("freeMarketOffers", OfferFigures.class);
	}

	@Override
	public String labels() {
		return "it.casa.freemarket.figures.labels";
	}

	@Override
	public SourceFigures read(FigureScope scope) {
		List<OfferFigures.ByMunicipality> rows = jdbc.query("""
				SELECT tenant_id, count(*) FILTER (WHERE status = 'PUBLISHED') AS published,
				       count(*) FILTER (WHERE status = 'LET') AS let
				FROM freemarket_offer WHERE tenant_id = ANY (?) GROUP BY tenant_id""",
				(row, index) -> new OfferFigures.ByMunicipality(row.getString("tenant_id"), row.getLong("published"),
						row.getLong("let")),
				(Object) scope.ids().toArray(String[]::new));
		Map<String, String> names = scope.names();
		List<OfferFigures.ByMunicipality> ordered = names.keySet()
			.stream()
			.map(id -> rows.stream()
				.filter(row -> row.municipality().equals(id))
				.findFirst()
				.orElse(new OfferFigures.ByMunicipality(id, 0, 0)))
			.toList();
		OfferFigures figures = new OfferFigures(ordered.stream().mapToLong(OfferFigures.ByMunicipality::published).sum(),
				ordered.stream().mapToLong(OfferFigures.ByMunicipality::let).sum(), ordered);
		return new SourceFigures() {

			@Override
			public Map<String, Object> dashboard() {
				return Map.of("freeMarketOffers", figures);
			}

			@Override
			public FigureSection section(FigureWords words) {
				String count = words.shared("column.count");
				FigureTable published = new FigureTable("freeMarketPublished", words.text("table.published"),
						words.shared("table.municipality"), count, ordered.stream()
							.map(row -> new FigureTable.Row(row.municipality(), names.get(row.municipality()),
									row.published()))
							.toList(), true);
				FigureTable let = new FigureTable("freeMarketLet", words.text("table.let"),
						words.shared("table.municipality"), count, ordered.stream()
							.map(row -> new FigureTable.Row(row.municipality(), names.get(row.municipality()), row.let()))
							.toList(), true);
				// For the agency's own exports only: the press kit's Fotografia has no Free Market part, and a count of
				// today's offers is not a figure of the report's period.
				return new FigureSection(null, List.of(), null, List.of(), List.of(published, let), List.of(), List.of(),
						List.of());
			}
		};
	}
}
