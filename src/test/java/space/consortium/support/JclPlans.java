package space.consortium.support;

/** JCL plans for tests of work limits and jobs. */
public final class JclPlans {

    private JclPlans() {
    }

    /** A chain of {@code n} activities, each uniform on 1 to 2 days, each after the one before. */
    public static String chain(int n) {
        StringBuilder plan = new StringBuilder("{\"activities\": [");
        for (int i = 0; i < n; i++) {
            plan.append(i == 0 ? "" : ",").append("{\"id\": \"A").append(i)
                    .append("\", \"owner\": \"esa\", \"duration\": {\"dist\": \"uniform\", \"min\": 1, \"max\": 2}")
                    .append(i == 0 ? "" : ", \"after\": [\"A" + (i - 1) + "\"]").append('}');
        }
        return plan.append("]}").toString();
    }
}
