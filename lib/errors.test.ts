import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AppError, ERROR_STATUS, errorFromResponse, type ErrorCode } from "./errors";

describe("errorFromResponse", () => {
  it("round-trips every AppError through its wire body", () => {
    const codes = Object.keys(ERROR_STATUS) as ErrorCode[];
    fc.assert(
      fc.property(fc.constantFrom(...codes), fc.string(), (code, message) => {
        const sent = new AppError(code, message);
        const got = errorFromResponse(sent.status, JSON.parse(JSON.stringify(sent.toBody())));
        expect(got).toBeInstanceOf(AppError);
        expect([got.code, got.message, got.status]).toEqual([code, message, sent.status]);
      }),
    );
  });

  it("derives the code from the status when the body is not ours", () => {
    expect(errorFromResponse(409, undefined).code).toBe("conflict");
    expect(errorFromResponse(413, "<html>").message).toBe("The file is too large.");
    expect(errorFromResponse(502, null)).toMatchObject({ code: "internal", message: "Request failed (502)." });
    expect(errorFromResponse(418, { error: { code: "teapot", message: "x" } }).code).toBe("bad_request");
  });
});
