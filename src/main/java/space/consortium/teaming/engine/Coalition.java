package space.consortium.teaming.engine;

import java.util.List;
import java.util.Map;

/**
 * A coalition and who provides what.
 *
 * @param partners        member ids, sorted
 * @param providers       capability → the member assigned (and paid) to provide it
 * @param capable         capability → every member able to provide it at the minimum maturity, the provider first
 * @param costUsdMillions Σ over requirements of the provider's cost × quantity, in millions of US dollars
 * @param redundancy      Σ over critical requirements (all, when none is critical) of the number of capable members
 */
public record Coalition(List<String> partners, Map<String, String> providers, Map<String, List<String>> capable,
                        double costUsdMillions, int redundancy) {

    public Coalition {
        partners = List.copyOf(partners);
        providers = Map.copyOf(providers);
        capable = Map.copyOf(capable);
    }

    public int size() {
        return partners.size();
    }
}
