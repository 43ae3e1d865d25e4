package vn.congso.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.congso.shared.FieldProblem;

/** How typed identifiers become their stored form, and what is refused. */
class NormalisersTest {

    @Test
    void personalIdTypedWithSpacesDotsOrFullWidthDigitsIsStoredAsTwelveDigits() {
        assertThat(PersonalIdNumber.parse("066 190 012 345")).contains("066190012345");
        assertThat(PersonalIdNumber.parse(" 066.190.012.345 ")).contains("066190012345");
        assertThat(PersonalIdNumber.parse("０６６１９０ ０１２３４５")).contains("066190012345");
        assertThat(PersonalIdNumber.parse("066-190-012-345")).contains("066190012345");
    }

    @Test
    void personalIdWithOtherThanTwelveDigitsOrAnUnknownProvinceIsRefused() {
        assertThat(PersonalIdNumber.parse("06619001234")).isEmpty();
        assertThat(PersonalIdNumber.parse("0661900123456")).isEmpty();
        assertThat(PersonalIdNumber.parse("06619001234a")).isEmpty();
        assertThat(PersonalIdNumber.parse("000190012345")).isEmpty();
        assertThat(PersonalIdNumber.parse("099190012345")).isEmpty();
        assertThat(PersonalIdNumber.parse("")).isEmpty();
        assertThat(PersonalIdNumber.parse(null)).isEmpty();
    }

    @Test
    void personalIdEncodesTheYearOfBirthWithItsCentury() {
        assertThat(PersonalIdNumber.birthYear("066190012345")).isEqualTo(1990);
        assertThat(PersonalIdNumber.birthYear("066085004321")).isEqualTo(1985);
        assertThat(PersonalIdNumber.birthYear("001305012345")).isEqualTo(2005);
        assertThat(PersonalIdNumber.birthYear("001205012345")).isEqualTo(2005);
    }

    @Test
    void mobileNumbersInNationalOrInternationalFormBecomeTenDigits() {
        assertThat(MobilePhone.parse("0912 345 678")).contains("0912345678");
        assertThat(MobilePhone.parse("+84 912 345 678")).contains("0912345678");
        assertThat(MobilePhone.parse("(+84) 912-345-678")).contains("0912345678");
        assertThat(MobilePhone.parse("0084912345678")).contains("0912345678");
        assertThat(MobilePhone.parse("84912345678")).contains("0912345678");
        assertThat(MobilePhone.parse("０３４７.１２３.４５６")).contains("0347123456");
    }

    @Test
    void landlinesShortNumbersAndLettersAreNotMobileNumbers() {
        assertThat(MobilePhone.parse("0262 3852 123")).isEmpty();
        assertThat(MobilePhone.parse("091234567")).isEmpty();
        assertThat(MobilePhone.parse("09123456789")).isEmpty();
        assertThat(MobilePhone.parse("0912 34S 678")).isEmpty();
        assertThat(MobilePhone.parse("1022")).isEmpty();
    }

    @Test
    void taxCodesAreTenDigitsOrTenDigitsDashThreeForABranch() {
        assertThat(TaxCode.parse("6000123456")).contains("6000123456");
        assertThat(TaxCode.parse("6000 123 456")).contains("6000123456");
        assertThat(TaxCode.parse("6000123456-001")).contains("6000123456-001");
        assertThat(TaxCode.parse("6000123456001")).contains("6000123456-001");
        assertThat(TaxCode.parse("６０００１２３４５６－００１")).contains("6000123456-001");
    }

    @Test
    void taxCodesOfOtherLengthsOrBranchZeroAreRefused() {
        assertThat(TaxCode.parse("600012345")).isEmpty();
        assertThat(TaxCode.parse("60001234567")).isEmpty();
        assertThat(TaxCode.parse("6000123456-01")).isEmpty();
        assertThat(TaxCode.parse("6000123456-000")).isEmpty();
        assertThat(TaxCode.parse("MST6000123456")).isEmpty();
    }

    @Test
    void namesAreKeptAsTypedInNfcWithSingleSpaces() {
        String decomposed = Normalizer.normalize("Nguyễn  Thị Hồng   Nhung ", Normalizer.Form.NFD);
        String cleaned = FullName.clean(decomposed);
        assertThat(cleaned).isEqualTo("Nguyễn Thị Hồng Nhung");
        assertThat(Normalizer.isNormalized(cleaned, Normalizer.Form.NFC)).isTrue();
        assertThat(FullName.isValid(cleaned)).isTrue();
        assertThat(FullName.isValid(FullName.clean("H'Hen Niê"))).isTrue();
        assertThat(FullName.isValid(FullName.clean("Y Moan Niê"))).isTrue();
    }

    @Test
    void namesWithDigitsOrSymbolsAreRefused() {
        assertThat(FullName.isValid("Nguyễn Văn 2")).isFalse();
        assertThat(FullName.isValid("Trần <b>Bình</b>")).isFalse();
        assertThat(FullName.isValid("'-")).isFalse();
    }

    @Test
    void emailsAreTrimmedAndLowerCased() {
        assertThat(EmailAddress.parse("  Nhung.Nguyen@Example.VN ")).contains("nhung.nguyen@example.vn");
        assertThat(EmailAddress.parse("nhung@localhost")).isEmpty();
        assertThat(EmailAddress.parse("nhung.example.vn")).isEmpty();
        assertThat(EmailAddress.parse("nhung @example.vn")).isEmpty();
    }

    @Test
    void passwordsNeedEightCharactersALetterAndADigitAndMustNotBeTheEmail() {
        assertThat(codes(PasswordRules.check("password", "Matkhau2026", "a@example.vn"))).isEmpty();
        assertThat(codes(PasswordRules.check("password", "", "a@example.vn"))).containsExactly("account.password.required");
        assertThat(codes(PasswordRules.check("password", "Ab1", "a@example.vn"))).containsExactly("account.password.too-short");
        assertThat(codes(PasswordRules.check("password", "matkhaumoi", "a@example.vn"))).containsExactly("account.password.weak");
        assertThat(codes(PasswordRules.check("password", "12345678", "a@example.vn"))).containsExactly("account.password.weak");
        assertThat(codes(PasswordRules.check("password", "Ha1990@example.vn", "ha1990@example.vn"))).containsExactly("account.password.is-email");
    }

    @Test
    void datesOfBirthAreReadAsDayMonthYearOrIso() {
        assertThat(RegistrationRules.parseDate("27/03/1990")).contains(LocalDate.of(1990, 3, 27));
        assertThat(RegistrationRules.parseDate("7/3/1990")).contains(LocalDate.of(1990, 3, 7));
        assertThat(RegistrationRules.parseDate("27.03.1990")).contains(LocalDate.of(1990, 3, 27));
        assertThat(RegistrationRules.parseDate("1990-03-27")).contains(LocalDate.of(1990, 3, 27));
        assertThat(RegistrationRules.parseDate("31/02/1990")).isEmpty();
        assertThat(RegistrationRules.parseDate("03/27/1990")).isEmpty();
    }

    @Test
    void aPersonMustBeBornSince1900AndBeAtLeastFourteen() {
        LocalDate today = LocalDate.of(2026, 11, 28);
        assertThat(dateCodes("28/11/2012", today)).isEmpty();
        assertThat(dateCodes("29/11/2012", today)).containsExactly("account.dateOfBirth.too-young");
        assertThat(dateCodes("01/01/2027", today)).containsExactly("account.dateOfBirth.future");
        assertThat(dateCodes("31/12/1899", today)).containsExactly("account.dateOfBirth.too-early");
    }

    @Test
    void thePersonalIdMustMatchTheYearOfBirth() {
        RegistrationForm form = new RegistrationForm("CITIZEN", "Trần Văn Bình", "066085004321", "19/08/1986", "0987654321",
                "binh@example.vn", "Phường Tuy Hòa", null, null, null, null, "Matkhau2026", null);
        RegistrationRules.Result result = RegistrationRules.check(form, LocalDate.of(2026, 11, 28), "vi", id -> true, true);
        assertThat(codes(result.problems())).containsExactly("account.personalId.birth-year");
    }

    private static List<String> dateCodes(String date, LocalDate today) {
        RegistrationForm form = new RegistrationForm("CITIZEN", "Trần Văn Bình", null, date, "0987654321", "binh@example.vn",
                "Phường Tuy Hòa", null, null, null, null, "Matkhau2026", null);
        return codes(RegistrationRules.check(form, today, "vi", id -> true, true).problems()).stream()
                .filter(c -> c.startsWith("account.dateOfBirth")).toList();
    }

    private static List<String> codes(List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::code).toList();
    }
}
