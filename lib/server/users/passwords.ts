import "server-only";
import bcrypt from "bcryptjs";

const BCRYPT_ROUNDS = 10;

export const hashPassword = (password: string): Promise<string> => bcrypt.hash(password, BCRYPT_ROUNDS);

export const checkPassword = (password: string, hash: string): Promise<boolean> => bcrypt.compare(password, hash);
