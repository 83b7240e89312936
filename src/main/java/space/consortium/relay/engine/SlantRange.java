package space.consortium.relay.engine;

/** Slant range between a surface point and a spacecraft over a spherical planet. */
public final class SlantRange {

    private SlantRange() {
    }

    /**
     * The distance from a point on a sphere of radius R to a spacecraft at altitude h seen at elevation el:
     * ρ = −R sin el + √((R+h)² − R² cos² el).
     *
     * @param radiusM      planet radius, m
     * @param altitudeM    spacecraft altitude, m
     * @param elevationRad elevation above the local horizontal, radians
     * @return the slant range, m
     */
    public static double of(double radiusM, double altitudeM, double elevationRad) {
        double r = radiusM + altitudeM;
        double cos = Math.cos(elevationRad);
        return -radiusM * Math.sin(elevationRad) + Math.sqrt(r * r - radiusM * radiusM * cos * cos);
    }
}
