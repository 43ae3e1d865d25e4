-- Official civil-service schedules 2024–2026 (DOMAIN.md §5; docs/reference/vietnam-rules-sources.md §4.2).
-- Stored: weekdays off, worked Saturdays, and the holidays themselves when they fall on a weekend (a calendar that
-- works Saturdays must be off on them); plain weekend days inside a break are not holidays. Entering any day of
-- a holiday for a year replaces the statutory computation of that holiday for that year, so each year below lists
-- every holiday. Uncertain details say so in their reason text.
INSERT INTO work_calendar_day (calendar_id, on_date, kind, holiday, reason_vi, reason_en, source, created_at, created_by)
SELECT c.id, v.on_date, v.kind, v.holiday, v.reason_vi, v.reason_en, v.source,
       TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+07:00', 'system'
FROM work_calendar c CROSS JOIN (VALUES
    -- 2024
    (DATE '2024-01-01', 'HOLIDAY', 'NEW_YEAR', 'Tết Dương lịch (01/01)', 'New Year''s Day (1 January)', 'Bộ luật Lao động 2019, Điều 112'),
    (DATE '2024-02-08', 'HOLIDAY', 'TET', 'Tết Nguyên đán Giáp Thìn (29 tháng Chạp)', 'Lunar New Year (Giáp Thìn), 29th day of the 12th lunar month', 'Công văn 8662/VPCP-KGVX: nghỉ 08/02–14/02/2024, gồm 5 ngày Tết và 2 ngày nghỉ bù'),
    (DATE '2024-02-09', 'HOLIDAY', 'TET', 'Tết Nguyên đán Giáp Thìn (30 tháng Chạp)', 'Lunar New Year (Giáp Thìn), last day of the lunar year', 'Công văn 8662/VPCP-KGVX: nghỉ 08/02–14/02/2024, gồm 5 ngày Tết và 2 ngày nghỉ bù'),
    (DATE '2024-02-10', 'HOLIDAY', 'TET', 'Tết Nguyên đán Giáp Thìn (mùng 1 tháng Giêng, thứ Bảy)', 'Lunar New Year (Giáp Thìn), day 1 (Saturday)', 'Công văn 8662/VPCP-KGVX: nghỉ 08/02–14/02/2024, gồm 5 ngày Tết và 2 ngày nghỉ bù'),
    (DATE '2024-02-11', 'HOLIDAY', 'TET', 'Tết Nguyên đán Giáp Thìn (mùng 2 tháng Giêng, Chủ nhật)', 'Lunar New Year (Giáp Thìn), day 2 (Sunday)', 'Công văn 8662/VPCP-KGVX: nghỉ 08/02–14/02/2024, gồm 5 ngày Tết và 2 ngày nghỉ bù'),
    (DATE '2024-02-12', 'HOLIDAY', 'TET', 'Tết Nguyên đán Giáp Thìn (mùng 3 tháng Giêng)', 'Lunar New Year (Giáp Thìn), day 3', 'Công văn 8662/VPCP-KGVX: nghỉ 08/02–14/02/2024, gồm 5 ngày Tết và 2 ngày nghỉ bù'),
    (DATE '2024-02-13', 'HOLIDAY', 'TET', 'Tết Nguyên đán Giáp Thìn (mùng 4 tháng Giêng)', 'Lunar New Year (Giáp Thìn), day 4', 'Công văn 8662/VPCP-KGVX: nghỉ 08/02–14/02/2024, gồm 5 ngày Tết và 2 ngày nghỉ bù'),
    (DATE '2024-02-14', 'HOLIDAY', 'TET', 'Tết Nguyên đán Giáp Thìn (mùng 5 tháng Giêng)', 'Lunar New Year (Giáp Thìn), day 5', 'Công văn 8662/VPCP-KGVX: nghỉ 08/02–14/02/2024, gồm 5 ngày Tết và 2 ngày nghỉ bù'),
    (DATE '2024-04-18', 'HOLIDAY', 'HUNG_KINGS', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'Hùng Kings'' Commemoration Day (10th day of the 3rd lunar month)', 'Bộ luật Lao động 2019, Điều 112'),
    (DATE '2024-04-29', 'EXTRA_DAY_OFF', 'REUNIFICATION_DAY', 'Nghỉ hoán đổi dịp 30/4–1/5 (làm bù thứ Bảy 04/05/2024)', 'Swapped day off for 30 April–1 May (worked on Saturday 4 May 2024)', 'Công văn 2450/VPCP-KGVX ngày 12/04/2024: nghỉ 27/04–01/05/2024'),
    (DATE '2024-04-30', 'HOLIDAY', 'REUNIFICATION_DAY', 'Ngày Chiến thắng (30/4)', 'Reunification Day (30 April)', 'Bộ luật Lao động 2019, Điều 112'),
    (DATE '2024-05-01', 'HOLIDAY', 'LABOUR_DAY', 'Ngày Quốc tế Lao động (1/5)', 'International Labour Day (1 May)', 'Bộ luật Lao động 2019, Điều 112'),
    (DATE '2024-05-04', 'WORKING_DAY', 'REUNIFICATION_DAY', 'Làm bù cho ngày nghỉ hoán đổi thứ Hai 29/04/2024', 'Worked in exchange for Monday 29 April 2024', 'Công văn 2450/VPCP-KGVX ngày 12/04/2024'),
    (DATE '2024-09-02', 'HOLIDAY', 'NATIONAL_DAY', 'Quốc khánh (2/9)', 'National Day (2 September)', 'Bộ luật Lao động 2019, Điều 112; nghỉ 31/08–03/09/2024'),
    (DATE '2024-09-03', 'HOLIDAY', 'NATIONAL_DAY', 'Quốc khánh (ngày liền kề sau 2/9)', 'National Day (adjacent day after 2 September)', 'Công văn 8662/VPCP-KGVX: nghỉ 31/08–03/09/2024'),
    -- 2025
    (DATE '2025-01-01', 'HOLIDAY', 'NEW_YEAR', 'Tết Dương lịch (01/01)', 'New Year''s Day (1 January)', 'Bộ luật Lao động 2019, Điều 112'),
    (DATE '2025-01-27', 'HOLIDAY', 'TET', 'Tết Nguyên đán Ất Tỵ (28 tháng Chạp)', 'Lunar New Year (Ất Tỵ), 28th day of the 12th lunar month', 'Công văn 8726/VPCP-KGVX ngày 26/11/2024: nghỉ 25/01–02/02/2025'),
    (DATE '2025-01-28', 'HOLIDAY', 'TET', 'Tết Nguyên đán Ất Tỵ (29 tháng Chạp, ngày cuối năm âm lịch)', 'Lunar New Year (Ất Tỵ), last day of the lunar year', 'Công văn 8726/VPCP-KGVX ngày 26/11/2024: nghỉ 25/01–02/02/2025'),
    (DATE '2025-01-29', 'HOLIDAY', 'TET', 'Tết Nguyên đán Ất Tỵ (mùng 1 tháng Giêng)', 'Lunar New Year (Ất Tỵ), day 1', 'Công văn 8726/VPCP-KGVX ngày 26/11/2024: nghỉ 25/01–02/02/2025'),
    (DATE '2025-01-30', 'HOLIDAY', 'TET', 'Tết Nguyên đán Ất Tỵ (mùng 2 tháng Giêng)', 'Lunar New Year (Ất Tỵ), day 2', 'Công văn 8726/VPCP-KGVX ngày 26/11/2024: nghỉ 25/01–02/02/2025'),
    (DATE '2025-01-31', 'HOLIDAY', 'TET', 'Tết Nguyên đán Ất Tỵ (mùng 3 tháng Giêng)', 'Lunar New Year (Ất Tỵ), day 3', 'Công văn 8726/VPCP-KGVX ngày 26/11/2024: nghỉ 25/01–02/02/2025'),
    (DATE '2025-04-07', 'HOLIDAY', 'HUNG_KINGS', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'Hùng Kings'' Commemoration Day (10th day of the 3rd lunar month)', 'Bộ luật Lao động 2019, Điều 112'),
    (DATE '2025-04-26', 'WORKING_DAY', 'LABOUR_DAY', 'Làm bù cho ngày nghỉ hoán đổi thứ Sáu 02/05/2025', 'Worked in exchange for Friday 2 May 2025', 'Công văn 8726/VPCP-KGVX; Thông báo 6150/TB-BLĐTBXH'),
    (DATE '2025-04-30', 'HOLIDAY', 'REUNIFICATION_DAY', 'Ngày Chiến thắng (30/4)', 'Reunification Day (30 April)', 'Bộ luật Lao động 2019, Điều 112'),
    (DATE '2025-05-01', 'HOLIDAY', 'LABOUR_DAY', 'Ngày Quốc tế Lao động (1/5)', 'International Labour Day (1 May)', 'Bộ luật Lao động 2019, Điều 112'),
    (DATE '2025-05-02', 'EXTRA_DAY_OFF', 'LABOUR_DAY', 'Nghỉ hoán đổi dịp 30/4–1/5 (làm bù thứ Bảy 26/04/2025)', 'Swapped day off for 30 April–1 May (worked on Saturday 26 April 2025)', 'Công văn 8726/VPCP-KGVX; Thông báo 6150/TB-BLĐTBXH: nghỉ 30/04–04/05/2025'),
    (DATE '2025-09-01', 'HOLIDAY', 'NATIONAL_DAY', 'Quốc khánh (ngày liền kề trước 2/9)', 'National Day (adjacent day before 2 September)', 'Công văn 8726/VPCP-KGVX; Thông báo 6150/TB-BLĐTBXH: nghỉ 30/08–02/09/2025'),
    (DATE '2025-09-02', 'HOLIDAY', 'NATIONAL_DAY', 'Quốc khánh (2/9)', 'National Day (2 September)', 'Bộ luật Lao động 2019, Điều 112'),
    -- 2026
    (DATE '2026-01-01', 'HOLIDAY', 'NEW_YEAR', 'Tết Dương lịch (01/01)', 'New Year''s Day (1 January)', 'Bộ luật Lao động 2019, Điều 112'),
    (DATE '2026-01-02', 'EXTRA_DAY_OFF', 'NEW_YEAR', 'Nghỉ hoán đổi dịp Tết Dương lịch (làm bù thứ Bảy 10/01/2026)', 'Swapped day off after New Year''s Day (worked on Saturday 10 January 2026)', 'Công văn 12729/VPCP-KGVX ngày 25/12/2025 (theo báo chí)'),
    (DATE '2026-01-10', 'WORKING_DAY', 'NEW_YEAR', 'Làm bù cho ngày nghỉ hoán đổi thứ Sáu 02/01/2026', 'Worked in exchange for Friday 2 January 2026', 'Công văn 12729/VPCP-KGVX ngày 25/12/2025 (theo báo chí)'),
    (DATE '2026-02-16', 'HOLIDAY', 'TET', 'Tết Nguyên đán Bính Ngọ (29 tháng Chạp, ngày cuối năm âm lịch)', 'Lunar New Year (Bính Ngọ), last day of the lunar year', 'Ý kiến Thủ tướng do VPCP truyền đạt (10/2025): nghỉ 14/02–22/02/2026; số văn bản chưa đối chiếu'),
    (DATE '2026-02-17', 'HOLIDAY', 'TET', 'Tết Nguyên đán Bính Ngọ (mùng 1 tháng Giêng)', 'Lunar New Year (Bính Ngọ), day 1', 'Ý kiến Thủ tướng do VPCP truyền đạt (10/2025): nghỉ 14/02–22/02/2026; số văn bản chưa đối chiếu'),
    (DATE '2026-02-18', 'HOLIDAY', 'TET', 'Tết Nguyên đán Bính Ngọ (mùng 2 tháng Giêng)', 'Lunar New Year (Bính Ngọ), day 2', 'Ý kiến Thủ tướng do VPCP truyền đạt (10/2025): nghỉ 14/02–22/02/2026; số văn bản chưa đối chiếu'),
    (DATE '2026-02-19', 'HOLIDAY', 'TET', 'Tết Nguyên đán Bính Ngọ (mùng 3 tháng Giêng)', 'Lunar New Year (Bính Ngọ), day 3', 'Ý kiến Thủ tướng do VPCP truyền đạt (10/2025): nghỉ 14/02–22/02/2026; số văn bản chưa đối chiếu'),
    (DATE '2026-02-20', 'HOLIDAY', 'TET', 'Tết Nguyên đán Bính Ngọ (mùng 4 tháng Giêng)', 'Lunar New Year (Bính Ngọ), day 4', 'Ý kiến Thủ tướng do VPCP truyền đạt (10/2025): nghỉ 14/02–22/02/2026; số văn bản chưa đối chiếu'),
    (DATE '2026-04-26', 'HOLIDAY', 'HUNG_KINGS', 'Giỗ Tổ Hùng Vương (10/3 âm lịch), Chủ nhật', 'Hùng Kings'' Commemoration Day (10th day of the 3rd lunar month), a Sunday', 'Bộ luật Lao động 2019, Điều 112'),
    (DATE '2026-04-27', 'COMPENSATORY', 'HUNG_KINGS', 'Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch), ngày 26/04/2026 trùng Chủ nhật', 'Compensatory day off: Hùng Kings'' Commemoration Day fell on Sunday 26 April 2026', 'Bộ luật Lao động 2019, Điều 111 khoản 3 và Điều 112'),
    (DATE '2026-04-30', 'HOLIDAY', 'REUNIFICATION_DAY', 'Ngày Chiến thắng (30/4)', 'Reunification Day (30 April)', 'Bộ luật Lao động 2019, Điều 112'),
    (DATE '2026-05-01', 'HOLIDAY', 'LABOUR_DAY', 'Ngày Quốc tế Lao động (1/5)', 'International Labour Day (1 May)', 'Bộ luật Lao động 2019, Điều 112'),
    (DATE '2026-08-22', 'WORKING_DAY', 'NATIONAL_DAY', 'Làm bù cho ngày nghỉ hoán đổi thứ Hai 31/08/2026 (số văn bản cần đối chiếu)', 'Worked in exchange for Monday 31 August 2026 (instrument number to be checked)', 'Ý kiến Thủ tướng do VPCP truyền đạt (10/2025, theo báo chí): nghỉ 29/08–02/09/2026'),
    (DATE '2026-08-31', 'EXTRA_DAY_OFF', 'NATIONAL_DAY', 'Nghỉ hoán đổi dịp Quốc khánh (làm bù thứ Bảy 22/08/2026; số văn bản cần đối chiếu)', 'Swapped day off for National Day (worked on Saturday 22 August 2026; instrument number to be checked)', 'Ý kiến Thủ tướng do VPCP truyền đạt (10/2025, theo báo chí): nghỉ 29/08–02/09/2026'),
    (DATE '2026-09-01', 'HOLIDAY', 'NATIONAL_DAY', 'Quốc khánh (ngày liền kề trước 2/9)', 'National Day (adjacent day before 2 September)', 'Ý kiến Thủ tướng do VPCP truyền đạt (10/2025, theo báo chí): nghỉ 29/08–02/09/2026'),
    (DATE '2026-09-02', 'HOLIDAY', 'NATIONAL_DAY', 'Quốc khánh (2/9)', 'National Day (2 September)', 'Bộ luật Lao động 2019, Điều 112'),
    (DATE '2026-11-24', 'HOLIDAY', 'CULTURE_DAY', 'Ngày Văn hóa Việt Nam (24/11), nghỉ hưởng nguyên lương từ năm 2026 (văn bản luật cần đối chiếu)', 'Vietnam Culture Day (24 November), a paid holiday from 2026 (legal instrument to be checked)', 'Nghị quyết 80-NQ/TW; Nghị quyết 28/2026/QH16 (hiệu lực 01/07/2026, theo nguồn thứ cấp)')
) AS v (on_date, kind, holiday, reason_vi, reason_en, source)
WHERE c.code = 'PROVINCE';

INSERT INTO work_calendar_audit (calendar_id, changed_at, actor_id, actor_login, actor_name, action, on_date, kind, holiday,
                                 day_reason_vi, day_reason_en, day_source, detail, reason)
SELECT d.calendar_id, d.created_at, NULL, 'system', 'Khởi tạo hệ thống', 'ADD_DAY', d.on_date, d.kind, d.holiday,
       d.reason_vi, d.reason_en, d.source, NULL, 'Nạp lịch nghỉ chính thức 2024–2026 của công chức (migration V40_1)'
FROM work_calendar_day d;
