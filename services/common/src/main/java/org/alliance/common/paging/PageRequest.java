package org.alliance.common.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** {@code page} (from 0) and {@code size} (1 to 200) query parameters, used with {@code @BeanParam}. */
public class PageRequest {

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "must be 0 or more")
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(value = 1, message = "must be at least 1")
    @Max(value = 200, message = "must be at most 200")
    public int size;

    public static PageRequest of(int page, int size) {
        PageRequest request = new PageRequest();
        request.page = page;
        request.size = size;
        return request;
    }
}
