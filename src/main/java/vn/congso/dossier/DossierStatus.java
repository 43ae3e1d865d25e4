package vn.congso.dossier;

/**
 * The internal states of a dossier, each mapped many-to-one onto the DVCQG status code ({@code TrangThaiHoSo},
 * DOMAIN.md §3). The clock column of that table is decided by {@link #clock()}.
 */
public enum DossierStatus {
    /** Mới đăng ký: submitted online, waiting at the one-stop desk. */
    SUBMITTED(1, Clock.NOT_STARTED),
    /** Supplement requested at reception (Form 02), before acceptance. */
    RECEPTION_SUPPLEMENT(5, Clock.NOT_STARTED),
    /** Được tiếp nhận: accepted, the clock starts. */
    RECEIVED(2, Clock.RUNS),
    /** Không được tiếp nhận (Form 03). */
    REFUSED(3, Clock.ENDED),
    /** Đang xử lý. */
    IN_PROGRESS(4, Clock.RUNS),
    /** Yêu cầu bổ sung giấy tờ: the clock is paused until the supplement arrives. */
    SUPPLEMENT_REQUESTED(5, Clock.PAUSED),
    /** Yêu cầu thực hiện nghĩa vụ tài chính. */
    AWAITING_PAYMENT(6, Clock.RUNS),
    /** Công dân yêu cầu rút hồ sơ. */
    WITHDRAWN(7, Clock.ENDED),
    /** Dừng xử lý (Form 05). */
    STOPPED(8, Clock.ENDED),
    /** Đã xử lý xong: result ready. */
    DECIDED(9, Clock.ENDED),
    /** Đã trả kết quả. */
    RETURNED(10, Clock.ENDED);

    /** What the processing clock does in a state. */
    public enum Clock {
        NOT_STARTED, RUNS, PAUSED, ENDED
    }

    private final int dvcqgCode;
    private final Clock clock;

    DossierStatus(int dvcqgCode, Clock clock) {
        this.dvcqgCode = dvcqgCode;
        this.clock = clock;
    }

    public int dvcqgCode() {
        return dvcqgCode;
    }

    public Clock clock() {
        return clock;
    }

    public boolean isTerminal() {
        return this == REFUSED || this == WITHDRAWN || this == STOPPED || this == RETURNED;
    }
}
