package org.partydesk.app.ledgers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** The first sheet of a workbook as text, row by row (dates as yyyy-mm-dd), to compare ledgers cell by cell. */
public final class SheetValues {
    private SheetValues() {
    }

    public static List<List<String>> of(Path file) throws Exception {
        DataFormatter formatter = new DataFormatter();
        List<List<String>> out = new ArrayList<>();
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            Sheet sheet = wb.getSheetAt(0);
            for (Row row : sheet) {
                List<String> values = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    if (cell == null) {
                        values.add("");
                    } else if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                        values.add(cell.getLocalDateTimeCellValue().toLocalDate().toString());
                    } else {
                        values.add(formatter.formatCellValue(cell));
                    }
                }
                while (!values.isEmpty() && values.get(values.size() - 1).isEmpty()) {
                    values.remove(values.size() - 1);
                }
                out.add(values);
            }
        }
        return out;
    }
}
