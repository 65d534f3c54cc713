package org.parcheck.report.pdf;

import java.io.IOException;
import org.parcheck.report.ReportWording;
import org.parcheck.report.pdf.PageFlow.Align;
import org.parcheck.report.pdf.PageFlow.Para;

/**
 * The header block of an official document (Nghị định 30/2020, ô 1–4): the agency on the left with its rule
 * and the number line under it; the national name and motto on the right with the motto's rule, and the optional
 * place-and-date line under it. Shared by every report.
 */
final class OfficialHeader {

    private OfficialHeader() {
    }

    static void draw(PageFlow flow, ReportFonts fonts, String parentBody, String issuingBody, String numberLine,
                     String placeAndDate) throws IOException {
        float nationalWidth = flow.width(fonts.bold, ReportWording.NATIONAL_NAME, VisitReportPdf.NATIONAL_SIZE);
        float rightWidth = Math.max(PageFlow.WIDTH * 0.6f, nationalWidth + 4);
        float leftWidth = PageFlow.WIDTH - rightWidth;
        float leftX = PageFlow.LEFT;
        float rightX = PageFlow.LEFT + leftWidth;
        float top = flow.y();

        float left = top;
        left -= flow.paragraphAt(Para.of(parentBody, fonts.regular, VisitReportPdf.AGENCY_SIZE, Align.CENTER), leftX,
                leftWidth, left);
        Para issuing = Para.of(issuingBody, fonts.bold, VisitReportPdf.AGENCY_SIZE, Align.CENTER);
        left -= flow.paragraphAt(issuing, leftX, leftWidth, left);
        float agencyRule = flow.widest(issuing, leftWidth) * 0.4f;
        flow.rule(leftX + (leftWidth - agencyRule) / 2, leftX + (leftWidth + agencyRule) / 2, left - 4);

        float right = top;
        right -= flow.paragraphAt(Para.of(ReportWording.NATIONAL_NAME, fonts.bold, VisitReportPdf.NATIONAL_SIZE,
                Align.CENTER), rightX, rightWidth, right);
        right -= flow.paragraphAt(Para.of(ReportWording.MOTTO, fonts.bold, VisitReportPdf.MOTTO_SIZE, Align.CENTER),
                rightX, rightWidth, right);
        float mottoWidth = flow.width(fonts.bold, ReportWording.MOTTO, VisitReportPdf.MOTTO_SIZE);
        flow.rule(rightX + (rightWidth - mottoWidth) / 2, rightX + (rightWidth + mottoWidth) / 2, right - 3);

        float numberTop = Math.min(left, right) - 8;
        float leftBottom = numberTop - flow.paragraphAt(Para.of(numberLine, fonts.regular, VisitReportPdf.NUMBER_SIZE,
                Align.CENTER), leftX, leftWidth, numberTop);
        float rightBottom = numberTop;
        if (placeAndDate != null) {
            rightBottom -= flow.paragraphAt(Para.of(placeAndDate, fonts.italic, VisitReportPdf.NUMBER_SIZE,
                    Align.CENTER), rightX, rightWidth, numberTop);
        }
        flow.moveDown(flow.y() - Math.min(leftBottom, rightBottom) + 18);
    }
}
