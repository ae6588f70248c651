package lv.ludza.openup.procurement;

import static lv.ludza.openup.shared.Text.trimmed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.hibernate.envers.Audited;

import lv.ludza.openup.project.Country;
import lv.ludza.openup.shared.BaseEntity;
import lv.ludza.openup.shared.Iban;
import lv.ludza.openup.shared.SharedByProjects;

/** A company or person the partners buy from; identified by its registration number in its country. */
@Entity
@Table(name = "supplier")
@Audited
@NamedQuery(name = "Supplier.all", query = "SELECT s FROM Supplier s ORDER BY s.name")
@NamedQuery(name = "Supplier.findByIban", query = "SELECT s FROM Supplier s WHERE s.iban = :iban")
@NamedQuery(name = "Supplier.findByRegistration",
        query = "SELECT s FROM Supplier s WHERE s.country = :country AND s.registrationNumber = :number")
@SharedByProjects
public class Supplier extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{supplier.name.required}")
    @Size(max = 200, message = "{supplier.name.size}")
    @Column(nullable = false, length = 200)
    private String name;

    @NotBlank(message = "{supplier.registrationNumber.required}")
    @Size(max = 30, message = "{supplier.registrationNumber.size}")
    @Pattern(regexp = "[A-Za-z0-9 -]*", message = "{supplier.registrationNumber.pattern}")
    @Column(nullable = false, length = 30)
    private String registrationNumber;

    @Size(max = 30, message = "{supplier.vatNumber.size}")
    // as typed (the screen validates before the setter tidies it): country code, then letters and digits
    @Pattern(regexp = "([A-Za-z]{2} ?[A-Za-z0-9 ]{2,28})?", message = "{supplier.vatNumber.pattern}")
    @Column(length = 30)
    private String vatNumber;

    @NotNull(message = "{supplier.country.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Country country = Country.LV;

    @Size(max = 300, message = "{supplier.address.size}")
    @Column(length = 300)
    private String address;

    @Size(max = 150, message = "{supplier.contactPerson.size}")
    @Column(length = 150)
    private String contactPerson;

    @Email(message = "{user.email.invalid}")
    @Size(max = 200, message = "{user.email.size}")
    @Column(length = 200)
    private String email;

    @Size(max = 50, message = "{supplier.phone.size}")
    @Pattern(regexp = "[0-9 +()-]*", message = "{supplier.phone.pattern}")
    @Column(length = 50)
    private String phone;

    /** The supplier's bank account, to recognise its payments on a bank statement. */
    @Iban.Valid
    @Column(length = 34)
    private String iban;

    public Supplier() {
        // a new supplier, filled in on its screen
    }

    public Supplier(String name, String registrationNumber, Country country) {
        this.name = name;
        this.registrationNumber = registrationNumber;
        this.country = country;
    }

    @Override
    public String label() {
        return name;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = trimmed(name);
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public void setRegistrationNumber(String registrationNumber) {
        this.registrationNumber = trimmed(registrationNumber);
    }

    public String getVatNumber() {
        return vatNumber;
    }

    public void setVatNumber(String vatNumber) {
        String value = trimmed(vatNumber);
        this.vatNumber = value == null ? null : value.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    }

    public Country getCountry() {
        return country;
    }

    public void setCountry(Country country) {
        this.country = country;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = trimmed(address);
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public void setContactPerson(String contactPerson) {
        this.contactPerson = trimmed(contactPerson);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = trimmed(email);
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = trimmed(phone);
    }

    public String getIban() {
        return iban;
    }

    /** Kept as banks store it: without spaces, in capitals (the screen validates the typed value first). */
    public void setIban(String iban) {
        this.iban = Iban.normalised(iban);
    }
}
