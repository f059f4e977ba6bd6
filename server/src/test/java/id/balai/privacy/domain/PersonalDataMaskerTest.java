package id.balai.privacy.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import id.balai.privacy.domain.PersonalDataMasker.Kind;
import id.balai.privacy.domain.PersonalDataMasker.Known;

class PersonalDataMaskerTest {

    private static String mask(String text) {
        return PersonalDataMasker.mask(text, Known.NONE).text();
    }

    private static List<Kind> kinds(String text, Known known) {
        return PersonalDataMasker.mask(text, known).findings().stream().map(PersonalDataMasker.Finding::kind)
                .toList();
    }

    // NIK

    @Test
    void aNikWithAPlausibleStructureIsMasked() {
        // Sumatera Selatan (16), Muara Enim (03), born 12 May 1990.
        assertThat(mask("NIK saya 1603051205900001 mohon dicek")).isEqualTo("NIK saya [NIK disamarkan] mohon dicek");
        assertThat(mask("NIK 1603 0512 0590 0001.")).isEqualTo("NIK [NIK disamarkan].");
    }

    @Test
    void aWomansNikHasFortyAddedToTheDayOfBirth() {
        // born 12 May 1990, female: day 52.
        assertThat(kinds("1603055205900002", Known.NONE)).containsExactly(Kind.NIK);
        assertThat(PersonalDataMasker.isPlausibleNik("1603055205900002")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "1603053205900001", // day 32 (neither a day nor 40 + a day)
            "1603051213900001", // month 13
            "1603053002900001", // 30 February
            "0903051205900001", // province 09 does not exist
            "9903051205900001", // province 99 does not exist
            "1600051205900001", // regency 00
            "1603051205900000", // serial 0000
            "1603057205900001"  // day 72 = 40 + 32
    })
    void sixteenDigitsWithAnImpossibleStructureAreNotANik(String digits) {
        assertThat(PersonalDataMasker.isPlausibleNik(digits)).isFalse();
        assertThat(kinds("kode " + digits, Known.NONE)).doesNotContain(Kind.NIK);
    }

    @Test
    void twentyNinthOfFebruaryNeedsALeapYear() {
        assertThat(PersonalDataMasker.isPlausibleNik("1603052902000001")).isTrue(); // 2000
        assertThat(PersonalDataMasker.isPlausibleNik("1603052902010001")).isFalse(); // neither 1901 nor 2001
    }

    // Phone numbers

    @ParameterizedTest
    @ValueSource(strings = {"081234567890", "0812-3456-7890", "0812 3456 7890", "0812.3456.7890", "+6281234567890",
            "+62 812-3456-7890", "6281234567890", "62 812 3456 7890", "(0711) 354123", "0711-354123", "(021) 5551234",
            "+62 21 5551234", "0734 421234", "082374048333"})
    void everyIndonesianPhoneFormIsMasked(String phone) {
        assertThat(mask("hubungi " + phone + " segera")).isEqualTo("hubungi [nomor telepon disamarkan] segera");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jam 08.00-12.00", "tahun 2024", "pada 12-05-2024", "Rp 1.500.000", "sejak 2019 sampai 2023",
            "nomor antrean 0123", "0123456789"})
    void numbersThatAreNotPhonesStay(String text) {
        assertThat(kinds(text, Known.NONE)).doesNotContain(Kind.PHONE);
        assertThat(mask(text)).isEqualTo(text);
    }

    @Test
    void aPhoneFollowedByACountKeepsTheCount() {
        assertThat(mask("sudah telepon 0812-3456-7890 2 kali")).isEqualTo(
                "sudah telepon [nomor telepon disamarkan] 2 kali");
    }

    // E-mail

    @Test
    void anEmailAddressIsMasked() {
        assertThat(mask("kirim ke budi.santoso+spikm@mail.example.co.id ya"))
                .isEqualTo("kirim ke [alamat e-mail disamarkan] ya");
    }

    // Vehicle plates

    @Test
    void platesWithAKnownRegionCodeAreMasked() {
        assertThat(mask("mobil BG 1234 AB parkir liar")).isEqualTo("mobil [nomor polisi disamarkan] parkir liar");
        assertThat(mask("truk DD 5678 XY dan B1234ABC")).isEqualTo(
                "truk [nomor polisi disamarkan] dan [nomor polisi disamarkan]");
    }

    @Test
    void lettersDigitsLettersWithoutARegionCodeAreNotPlates() {
        assertThat(kinds("ruang XQ 12 A dan pasal UU 14 KIP", Known.NONE)).doesNotContain(Kind.PLATE);
    }

    // Bank accounts

    @Test
    void digitsNearABankWordAreAnAccount() {
        assertThat(mask("transfer ke rek BRI 0123-01-012345-50-1 a.n. pelapor")).isEqualTo(
                "transfer ke rek BRI [nomor rekening disamarkan] a.n. pelapor");
        assertThat(mask("Mandiri 1234567890")).isEqualTo("Mandiri [nomor rekening disamarkan]");
        assertThat(mask("nomor rekening saya: 9876543210123")).isEqualTo(
                "nomor rekening saya: [nomor rekening disamarkan]");
    }

    @Test
    void tenDigitsFarFromABankWordAreNotAnAccount() {
        assertThat(kinds("kode 1234567890 di formulir", Known.NONE)).doesNotContain(Kind.BANK_ACCOUNT);
    }

    // Addresses

    @Test
    void rtRwAndHouseNumbersAreMasked() {
        assertThat(mask("rumah di RT 03/RW 05 Desa Karang")).isEqualTo("rumah di [alamat disamarkan] Desa Karang");
        assertThat(mask("RT.003 RW.005")).isEqualTo("[alamat disamarkan]");
        assertThat(mask("rumah No. 12 dekat masjid")).isEqualTo("rumah [alamat disamarkan] dekat masjid");
        assertThat(mask("tinggal di Jl. Merdeka Barat No. 12A, Muara Enim"))
                .isEqualTo("tinggal di [alamat disamarkan], Muara Enim");
    }

    @Test
    void aStreetWithoutAHouseNumberIsAPublicPlaceAndStays() {
        assertThat(mask("Jalan Lintas Sumatera rusak parah")).isEqualTo("Jalan Lintas Sumatera rusak parah");
    }

    // Names after honorifics

    @Test
    void namesAfterHonorificsAreMaskedAndTheHonorificStays() {
        assertThat(mask("sudah lapor ke Pak Joko Susilo tapi")).isEqualTo("sudah lapor ke Pak [nama disamarkan] tapi");
        assertThat(mask("Bu Siti dan Sdr. Ahmad")).isEqualTo("Bu [nama disamarkan] dan Sdr. [nama disamarkan]");
        assertThat(mask("Saudara Rudi, Bapak H. Sulaiman, Ibu Ani")).isEqualTo(
                "Saudara [nama disamarkan], Bapak H. [nama disamarkan], Ibu [nama disamarkan]");
    }

    @Test
    void pakRtIsAPositionNotAName() {
        assertThat(mask("sudah lapor Pak RT tapi belum ada tindakan")).isEqualTo(
                "sudah lapor Pak RT tapi belum ada tindakan");
        assertThat(kinds("Pak RT dan Bu Lurah", Known.NONE)).isEmpty();
        assertThat(mask("Pak Kades Joko menolak")).isEqualTo("Pak Kades [nama disamarkan] menolak");
        assertThat(mask("pindah ke Ibu Kota Nusantara")).isEqualTo("pindah ke Ibu Kota Nusantara");
    }

    @Test
    void lowercaseWordsAfterAGreetingAreNotNames() {
        assertThat(mask("ibu ibu di pasar mengeluh")).isEqualTo("ibu ibu di pasar mengeluh");
    }

    // The reporter's own data

    @Test
    void theReportersNameIsMaskedAnywhereInAnyCase() {
        Known known = new Known("Budi Santoso", null);
        assertThat(PersonalDataMasker.mask("Saya BUDI SANTOSO melapor. budi tinggal dekat. Santoso-lah.", known)
                .text()).isEqualTo("Saya [nama disamarkan] melapor. [nama disamarkan] tinggal dekat. "
                        + "[nama disamarkan]-lah.");
        assertThat(kinds("saya budi santoso", known)).containsExactly(Kind.REPORTER_NAME);
    }

    @Test
    void partsOfTheReportersNameInsideOtherWordsStay() {
        Known known = new Known("Ani", null);
        assertThat(PersonalDataMasker.mask("Tanaman di ladang rusak", known).text())
                .isEqualTo("Tanaman di ladang rusak");
    }

    @Test
    void theReportersPhoneIsMaskedInAnyForm() {
        Known known = new Known(null, "+6281377778888");
        assertThat(kinds("hubungi 0813 7777 8888 atau +62-813-7777-8888", known))
                .containsExactly(Kind.REPORTER_PHONE, Kind.REPORTER_PHONE);
    }

    // Together

    @Test
    void aReportWithEverythingIsMaskedWhole() {
        String text = "Saya Budi (NIK 1603051205900001, HP 0812-3456-7890, budi@example.com) dari RT 03/RW 05. "
                + "Mobil BG 1234 AB milik Pak Hasan parkir di depan rumah No. 7.";
        PersonalDataMasker.Masked m = PersonalDataMasker.mask(text, new Known("Budi", "081234567890"));
        assertThat(m.text()).isEqualTo("Saya [nama disamarkan] (NIK [NIK disamarkan], HP [nomor telepon disamarkan], "
                + "[alamat e-mail disamarkan]) dari [alamat disamarkan]. Mobil [nomor polisi disamarkan] milik Pak "
                + "[nama disamarkan] parkir di depan rumah [alamat disamarkan].");
        assertThat(m.counts()).containsOnlyKeys(Kind.NIK, Kind.EMAIL, Kind.REPORTER_PHONE, Kind.REPORTER_NAME,
                Kind.PLATE, Kind.ADDRESS, Kind.NAME);
        assertThat(m.text()).doesNotContain("1603").doesNotContain("0812").doesNotContain("example");
    }

    @Test
    void textWithoutPersonalDataIsUnchanged() {
        String text = "Lampu penerangan jalan di Jalan Lintas mati sejak 3 hari, mohon segera diperbaiki.";
        assertThat(PersonalDataMasker.mask(text, Known.NONE).findings()).isEmpty();
        assertThat(mask(text)).isEqualTo(text);
        assertThat(PersonalDataMasker.mask(null, Known.NONE).text()).isNull();
    }
}
