package vn.congso.dossier;

/** How a dossier reached the province (KenhThucHien): 1 in person, 2 online, 3 public postal service. */
public enum Channel {
    IN_PERSON(1), ONLINE(2), POSTAL(3);

    private final int code;

    Channel(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
