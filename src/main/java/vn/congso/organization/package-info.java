/**
 * Administrative units and agencies, effective-dated. Units (province, commune, and historic districts) carry
 * official codes, validity dates and predecessor/successor links, so the 01/07/2025 merger (Phú Yên + Đắk Lắk →
 * Đắk Lắk, districts abolished) can be asked "as of" any date and old dossiers keep the units they were received
 * under. Agencies form a tree (provincial People's Committee, departments, the Public Administration Service
 * Centre, commune People's Committees and service centres, vertical-sector branches) with the electronic
 * identifier that dossier codes are built from, and internal units (phòng) that scope officers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organization")
package vn.congso.organization;
